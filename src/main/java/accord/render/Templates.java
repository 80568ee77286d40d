package accord.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.io.UncheckedIOException;
import accord.problem.Problems;
import accord.problem.SourcePosition;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of a build: the portal's {@code templates/} first, then the
 * bundled theme, file by file. Hardened: HTML auto-escaping for every template, {@code ?new} can
 * create nothing, {@code ?api} is off, errors are rethrown (no debug output in pages), templates
 * cannot be reached through a symbolic link out of {@code templates/}, and locale and time zone are
 * fixed so output never depends on the machine.
 */
public final class Templates {
    /** Where the bundled theme lives on the class path. */
    public static final String THEME = "/theme";

    private final Configuration cfg;
    private final java.util.concurrent.ConcurrentMap<String, Boolean> present = new java.util.concurrent.ConcurrentHashMap<>();

    public Templates(Optional<Path> portalTemplates) {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        portalTemplates.filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)).ifPresent(dir -> {
            try {
                loaders.add(new NoLinkTemplateLoader(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        loaders.add(new ClassTemplateLoader(Templates.class, THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // View records are read as properties: ${record.title}, not ${record.title()}.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setMemberAccessPolicy(new NoObjectMethodsPolicy(DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34)));
        cfg.setObjectWrapper(new RecordWrapper(wrapper));
    }

    /**
     * Reports every symbolic link in the portal's {@code templates/} (the folder itself included;
     * {@code assets/} is checked where assets are collected). Templates are trusted code, so one
     * must never be loaded from outside the portal; {@link NoLinkTemplateLoader} skips them too.
     */
    public static void checkLinks(Path dir, Problems problems) {
        if (Files.isSymbolicLink(dir)) {
            problems.error(SourcePosition.of("templates"), "symbolic link refused (make templates/ a real folder)");
            return;
        }
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.equals("assets") || rel.startsWith("assets/")) continue;
                if (Files.isSymbolicLink(p)) {
                    problems.error(SourcePosition.of("templates/" + rel),
                            "symbolic link refused (put the template itself in templates/)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads from the portal's templates/, but never through a symbolic link (the template is then not found). */
    private static final class NoLinkTemplateLoader extends FileTemplateLoader {
        private final Path dir;

        NoLinkTemplateLoader(Path dir) throws IOException {
            super(dir.toFile(), false);
            this.dir = dir;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Path p = dir;
            for (String part : name.split("/")) {
                if (part.isEmpty() || part.equals(".") || part.equals("..")) return null;
                p = p.resolve(part);
                if (Files.isSymbolicLink(p)) return null;
            }
            return super.findTemplateSource(name);
        }
    }

    /**
     * FreeMarker's default policy, minus the methods every object inherits from {@code Object}
     * (so {@code ${record.class}} and the reflection behind it are out of reach) and minus all
     * constructors. Templates get their values; they have no business with Java's machinery.
     */
    private static final class NoObjectMethodsPolicy implements MemberAccessPolicy {
        private final MemberAccessPolicy base;

        NoObjectMethodsPolicy(MemberAccessPolicy base) {
            this.base = base;
        }

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            ClassMemberAccessPolicy policy = base.forClass(contextClass);
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return method.getDeclaringClass() != Object.class && policy.isMethodExposed(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return policy.isFieldExposed(field);
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return base.isToStringAlwaysExposed();
        }
    }

    /**
     * Whether the portal or the theme has a template of that name. It is not loaded here: one with a syntax error is
     * reported, at its line, by the page that renders with it (loading it here threw, and stopped the build with
     * FreeMarker's words and no place).
     */
    public boolean has(String name) {
        return present.computeIfAbsent(name, n -> {
            try {
                Object source = cfg.getTemplateLoader().findTemplateSource(n);
                if (source == null) return false;
                cfg.getTemplateLoader().closeTemplateSource(source);
                return true;
            } catch (IOException e) {
                // Found but not readable: rendering with it says so.
                return true;
            }
        });
    }

    /**
     * The theme's templates of pages other than a record's: a collection named like one ({@code home}, {@code list},
     * {@code meta}) would otherwise have its records rendered with it, and the build stopped with that template's
     * errors about a model it was not given.
     */
    private static final java.util.Set<String> SITE_TEMPLATES = java.util.Set.of("layout.ftlh", "meta.ftlh", "record.ftlh",
            "list.ftlh", "home.ftlh", "404.ftlh", "missing.ftlh", "about.ftlh", "changes.ftlh", "data.ftlh", "search.ftlh",
            "timeline.ftlh");

    /** The template of {@code collection}'s record pages: {@code <collection>.ftlh} where there is one, else {@code record.ftlh}. */
    public String recordTemplate(String collection) {
        String own = collection + ".ftlh";
        return !SITE_TEMPLATES.contains(own) && has(own) ? own : "record.ftlh";
    }

    /**
     * Loads and parses the templates a build will use, so the first pages do not pay for it. A
     * template that fails to load is left for rendering to report, with its position.
     */
    public void warmUp(Collection<String> collections) {
        List<String> names = new ArrayList<>(List.of("layout.ftlh", "record.ftlh", "list.ftlh", "home.ftlh", "404.ftlh"));
        collections.forEach(c -> names.add(recordTemplate(c)));
        for (String name : names) {
            try {
                cfg.getTemplate(name, null, null, true, true);
            } catch (IOException | RuntimeException e) {
                // Forget the failure (FreeMarker caches it without its position), so rendering
                // loads the template again and reports the error with its line.
                cfg.clearTemplateCache();
                return;
            }
        }
    }

    public Template expect(String name) throws IOException {
        return cfg.getTemplate(name);
    }
}
