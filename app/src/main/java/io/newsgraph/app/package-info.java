/** The command-line interface: picocli commands over the core library. */
package io.newsgraph.app;
