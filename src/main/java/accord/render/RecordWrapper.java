package accord.render;

import freemarker.ext.beans.BeansWrapperConfiguration;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's object wrapper, with a shorter way to a view record's components: a template reads
 * {@code ${link.title}} many times on every page, and the bean model finds each through the class's
 * introspection tables and calls it through reflection, then wraps the model of the record again for the
 * next read. Here a record of a public class is wrapped as a {@link RecordModel} that reads a component
 * through a method handle found once per class; every other name (a method called with arguments, a
 * {@code get} method, {@code ?keys}) and every other object goes the bean model's way, so a template sees
 * exactly what it saw before.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    /** Each public record class's components, by name; an empty map for any other class. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) return Map.of();
            Map<String, MethodHandle> read = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    read.put(c.getName(), lookup.unreflect(c.getAccessor()).asType(READ));
                } catch (IllegalAccessException e) {
                    // Not public (a record nested in a class that is not): the bean model reads it, or refuses.
                }
            }
            return Map.copyOf(read);
        }
    };

    RecordWrapper(BeansWrapperConfiguration configuration) {
        super(configuration, true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        Map<String, MethodHandle> components = COMPONENTS.get(obj.getClass());
        return components.isEmpty() ? super.handleUnknownType(obj) : new RecordModel(obj, components, this);
    }

    private TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** A view record as a template sees it: its components read directly, the rest by the bean model. */
    private static final class RecordModel implements TemplateHashModelEx, TemplateScalarModel, AdapterTemplateModel,
            WrapperTemplateModel {
        private final Object record;
        private final Map<String, MethodHandle> components;
        private final RecordWrapper wrapper;
        private TemplateHashModelEx bean;

        RecordModel(Object record, Map<String, MethodHandle> components, RecordWrapper wrapper) {
            this.record = record;
            this.components = components;
            this.wrapper = wrapper;
        }

        private TemplateHashModelEx bean() throws TemplateModelException {
            if (bean == null) bean = (TemplateHashModelEx) wrapper.beanModel(record);
            return bean;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle read = components.get(key);
            if (read == null) return bean().get(key);
            Object value;
            try {
                value = read.invokeExact(record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException(e);
            }
            return wrapper.wrap(value);
        }

        @Override
        public boolean isEmpty() throws TemplateModelException {
            return bean().isEmpty();
        }

        @Override
        public int size() throws TemplateModelException {
            return bean().size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return bean().keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return bean().values();
        }

        @Override
        public String getAsString() {
            return record.toString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
