/**
 * Reading dates as news pages print them, into ISO-8601 local date-times. The front door is
 * {@link io.newsgraph.extract.date.DateReader}; the pattern table and helpers are package-private.
 */
package io.newsgraph.extract.date;
