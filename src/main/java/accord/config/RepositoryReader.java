package accord.config;

import accord.content.YamlMap;
import accord.content.YamlNode;
import accord.content.YamlScalar;
import accord.problem.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/**
 * Reads site.yml's {@code repository:}, the web address of the portal's git repository, written
 * {@code repository: https://github.com/owner/name} or {@code repository: { url: ..., branch: main }}
 * (the branch is {@code main} unless given). Only an http(s) address with a host is accepted: it ends up
 * in links on every record page.
 */
final class RepositoryReader {
    private static final String HOW = " (write repository: { url: https://github.com/owner/name, branch: main })";

    private RepositoryReader() {
    }

    static Optional<SiteConfig.Repository> read(YamlMap map, Problems problems) {
        Optional<YamlNode> node = ConfigReader.given(map, "repository", "repository", problems);
        if (node.isEmpty()) return Optional.empty();
        YamlNode urlNode = node.get();
        String branch = "main";
        boolean branchOk = true;
        if (node.get() instanceof YamlMap m) {
            for (YamlMap.Entry e : m.entries().values()) {
                if (!List.of("url", "branch").contains(e.key().value())) {
                    problems.error(e.key().position(), "repository." + e.key().value() + ": unknown key" + HOW);
                }
            }
            Optional<YamlNode> u = m.find("url");
            if (u.isEmpty()) {
                problems.error(node.get().position(), "repository: needs a url" + HOW);
                return Optional.empty();
            }
            urlNode = u.get();
            Optional<YamlNode> b = m.find("branch");
            if (b.isPresent()) {
                if (!(b.get() instanceof YamlScalar bs) || bs.isNull() || !validBranch(bs.value().strip())) {
                    problems.error(b.get().position(), "repository.branch: not a branch name" + HOW);
                    branchOk = false;
                } else {
                    branch = bs.value().strip();
                }
            }
        }
        String key = urlNode == node.get() ? "repository" : "repository.url";
        if (!(urlNode instanceof YamlScalar s) || s.isNull()) {
            problems.error(urlNode.position(), key + ": expected the repository's web address" + HOW);
            return Optional.empty();
        }
        String url = s.value().strip();
        if (!webAddress(url)) {
            problems.error(urlNode.position(), key + ": '" + url + "' is not an http(s) address" + HOW);
            return Optional.empty();
        }
        if (!branchOk) return Optional.empty();
        while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
        if (url.endsWith(".git")) url = url.substring(0, url.length() - 4);
        return Optional.of(new SiteConfig.Repository(url, branch));
    }

    /** An absolute http(s) URL with a host and nothing that could leave an attribute or a URL: no spaces, quotes, angle brackets, query or fragment. */
    static boolean webAddress(String url) {
        if (url.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\'
                || c == '`' || c == '?' || c == '#')) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A git branch name, in the plain form links can carry: letters, digits and {@code . _ / -}, no {@code ..}. */
    private static boolean validBranch(String b) {
        return b.matches("[A-Za-z0-9._/-]{1,100}") && !b.contains("..") && !b.startsWith("/") && !b.endsWith("/")
                && !b.startsWith("-");
    }
}
