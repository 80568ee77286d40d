/**
 * The command line: picocli commands {@code build}, {@code check}, {@code serve}, {@code new}, {@code fields} and
 * {@code report}, run through
 * {@link Main#run}, which returns the exit code (0 ok, 1 content errors, 2 wrong usage).
 */
package accord.cli;
