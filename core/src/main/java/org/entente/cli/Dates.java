package org.entente.cli;

import picocli.CommandLine.ParameterException;

/** Checks the dates given on the command line, so a typo is an error rather than an empty answer. */
final class Dates {
    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private Dates() {
    }

    static String check(String value, String option) {
        if (value != null && !ISO.matcher(value).matches()) {
            throw new IllegalArgumentException(option + " takes a year, month or day: 2024, 2024-01 or 2024-01-31, not '" + value + "'");
        }
        return value;
    }
}
