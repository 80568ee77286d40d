/**
 * Problems in the user's content or templates as positioned values, and their gcc-style printing.
 * A leaf package: imports nothing from {@code accord}. Nothing here is null unless documented.
 */
package accord.problem;
