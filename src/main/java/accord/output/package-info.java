/**
 * Writing the output folder: {@link OutputFile}s written to a fresh sibling folder that is then
 * swapped in, so a failed or killed build leaves the previous site as it was. Imports only
 * {@code accord.problem}.
 */
package accord.output;
