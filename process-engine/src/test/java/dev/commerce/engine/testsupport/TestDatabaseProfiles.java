package dev.commerce.engine.testsupport;

import org.springframework.test.context.ActiveProfilesResolver;

/** The {@code mysql} profile when the tests run on MariaDB, the default (local) profile on H2. */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    return TestDatabase.profiles();
  }
}
