package dev.commerce.customer.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The {@code mysql} profile when the tests run on MariaDB, the embedded default (no profile) on H2. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.main().profiles();
    }
}
