package dev.commerce.order.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** {@code it}, plus {@code mysql} when the tests run on MariaDB ({@link TestDatabase}). */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestDatabase.mariaDb() ? new String[] {"it", "mysql"} : new String[] {"it"};
    }
}
