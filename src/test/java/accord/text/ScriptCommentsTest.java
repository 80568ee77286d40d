package accord.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptCommentsTest {
    private static String strip(String script) {
        return ScriptComments.strip(script);
    }

    @Test
    void aLineOfCommentGoesWithItsLineEnd() {
        assertThat(strip("a();\n  // why a\nb();\n")).isEqualTo("a();\nb();\n");
        assertThat(strip("a();\r\n// why a\r\nb();\r\n")).isEqualTo("a();\r\nb();\r\n");
        assertThat(strip("/*\n * The file.\n */\n'use strict';\n")).isEqualTo("'use strict';\n");
        assertThat(strip("a();\n  /* why b */\nb();")).isEqualTo("a();\nb();");
    }

    @Test
    void aCommentAfterCodeGoesAndTheLineStays() {
        assertThat(strip("let a = 1; // one\nlet b = 2;")).isEqualTo("let a = 1;\nlet b = 2;");
        assertThat(strip("let a = 1; // one\r\nlet b = 2;")).isEqualTo("let a = 1;\r\nlet b = 2;");
        assertThat(strip("return // nothing")).isEqualTo("return");
    }

    @Test
    void aCommentBetweenTokensLeavesWhatSeparatesThem() {
        assertThat(strip("let/* x */a = 1;")).isEqualTo("let a = 1;");
        assertThat(strip("f(a, /* b */ c);")).isEqualTo("f(a,  c);");
        // A line break inside it is kept: it can end a statement (return, then a value on the next line).
        assertThat(strip("return /* a\n b */ value;")).isEqualTo("return\n value;");
    }

    @Test
    void aLicenceCommentStays() {
        assertThat(strip("/*! MIT licence */\na();")).isEqualTo("/*! MIT licence */\na();");
    }

    @Test
    void commentMarksInsideStringsTemplatesAndRegularExpressionsAreText() {
        String script = """
                const url = 'https://example.org/a'; // the address
                const dq = "/* not a comment */";
                const t = `line // one
                /* two */ ${ {a: '//'}.a /* here a comment */ + `${"//"}` } end`;
                const re = /\\/\\/|\\/\\*[/*]/g; // slashes
                const half = width / 2 / scale; // two divisions
                if (typeof /x/ === 'object') x(); // a regular expression after a word
                """;
        assertThat(strip(script)).isEqualTo("""
                const url = 'https://example.org/a';
                const dq = "/* not a comment */";
                const t = `line // one
                /* two */ ${ {a: '//'}.a  + `${"//"}` } end`;
                const re = /\\/\\/|\\/\\*[/*]/g;
                const half = width / 2 / scale;
                if (typeof /x/ === 'object') x();
                """);
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        assertThat(strip("const s = 'it\\'s // here'; // gone")).isEqualTo("const s = 'it\\'s // here';");
        assertThat(strip("const s = \"a\\\\\"; // gone")).isEqualTo("const s = \"a\\\\\";");
    }

    @Test
    void aScriptItCannotReadWithCertaintyIsWrittenAsItIs() {
        for (String odd : new String[] {
                "/* never closed\na();",
                "const s = 'never closed;\n// c",
                "const t = `never closed ${a} // c",
                "const t = `${ a // c",
                "const re = /never closed\n// c",
        }) {
            assertThat(strip(odd)).as(odd).isEqualTo(odd);
        }
    }

    @Test
    void aScriptWithoutCommentsIsTheSame() {
        String script = "'use strict';\n\nconst a = [1, 2].map((x) => x / 2);\n";
        assertThat(strip(script)).isEqualTo(script);
    }
}
