package accord.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {
    @Test
    void mapsPathsInsideTheSite() {
        assertThat(RequestPaths.siteRelative("/")).contains("");
        assertThat(RequestPaths.siteRelative("/sessions/x/")).contains("sessions/x/");
        assertThat(RequestPaths.siteRelative("/assets/style.css")).contains("assets/style.css");
        assertThat(RequestPaths.siteRelative("/speakers/d%C5%BEabbarov/")).contains("speakers/d\u017eabbarov/");
        assertThat(RequestPaths.siteRelative("/a%20b.txt")).contains("a b.txt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "..", "/..", "/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e/x", "/.%2e/x", "/..%2fx",
            "/a%2Fb", "/a%5cb", "/a\\b", "/..\\x", "//x", "/a//b", "/%00", "/a%00.html", "/a\u0000", "/%2e/x", "/./x",
            "/.git/config", "/.accord-site", "/C:%5cx", "/c:/x", "/%", "/%4", "/%zz", "/%c0%ae%c0%ae/x", "/%ff", "/a%0ab"})
    void refusesAnythingThatCouldLeaveTheSite(String raw) {
        assertThat(RequestPaths.siteRelative(raw)).as(raw).isEqualTo(Optional.empty());
    }

    @Test
    void acceptsOnlyLoopbackHostsAtTheServersPort() {
        assertThat(RequestPaths.isLoopbackHost("127.0.0.1:8000", 8000)).isTrue();
        assertThat(RequestPaths.isLoopbackHost("localhost:8000", 8000)).isTrue();
        assertThat(RequestPaths.isLoopbackHost("[::1]:8000", 8000)).isTrue();
        assertThat(RequestPaths.isLoopbackHost("localhost", 8000)).isTrue();
        assertThat(RequestPaths.isLoopbackHost("localhost:8001", 8000)).isFalse();
        assertThat(RequestPaths.isLoopbackHost("evil.example:8000", 8000)).isFalse();
        assertThat(RequestPaths.isLoopbackHost("localhost.evil.example:8000", 8000)).isFalse();
        assertThat(RequestPaths.isLoopbackHost("127.0.0.1.nip.io:8000", 8000)).isFalse();
        assertThat(RequestPaths.isLoopbackHost("[::1", 8000)).isFalse();
        assertThat(RequestPaths.isLoopbackHost("", 8000)).isFalse();
        assertThat(RequestPaths.isLoopbackHost(null, 8000)).isFalse();
    }
}
