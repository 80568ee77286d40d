/**
 * The history of a portal's record files, taken from git: one {@code git log} process for the whole
 * portal ({@link GitHistory}), parsed into commits and the changes each made to each file
 * ({@link GitLogParser}), with renames followed back, and the work tree's uncommitted changes. A long history
 * without merges (2,000 commits or more, as on a fresh clone) is made without asking git to compare trees, in
 * a niced Java process of its own ({@link TreeLogProcess}): git lists the commits, and {@link TreeLog} compares
 * each commit's {@code content/} with its parent's from the objects {@link GitObjects} reads out of the pack
 * files. The
 * result is an immutable {@link History}. This package knows files, not records: the render stage maps
 * a record's source path to its history. It imports nothing from the other stages.
 */
package accord.history;
