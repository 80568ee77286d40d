package accord.cli;

/** How {@code check} and {@code report} print what they found: for people, or as JSON for tools. */
enum Format {
    text, json
}
