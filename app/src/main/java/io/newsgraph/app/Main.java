package io.newsgraph.app;
public class Main { public static void main(String[] a) {} }
