/** What a JVM that Accord starts as its child needs to end with its parent. */
package accord.process;
