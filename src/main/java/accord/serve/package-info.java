/**
 * {@code accord serve}: a live preview for editors. One {@link accord.build.BuildSession} builds the portal into a
 * folder Accord owns, a loopback-only HTTP server serves it, a watcher on {@code content/} and {@code templates/}
 * hands each burst of saves to {@code BuildSession.update}, and the browser reloads by server-sent events. What only
 * the preview needs (the reload script, the problem overlay) is added to HTML responses as they are served, never to
 * the files written. May import problem, build and output.
 */
package accord.serve;
