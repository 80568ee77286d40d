/**
 * Reading {@code content/}: walking collection folders, decoding UTF-8 strictly, splitting front
 * matter from body, and composing YAML safely into a positioned node tree ({@link YamlNode}).
 * May import {@code accord.problem} and {@code accord.text}.
 */
package accord.content;
