-- One database per service plus one for the engine (ARCHITECTURE.md). The services would create them
-- on first start as well; creating them here lets the application user do without CREATE on *.*.
CREATE DATABASE IF NOT EXISTS commerce_items CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS commerce_customers CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS commerce_orders CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS commerce_engine CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- MYSQL_USER is created by the image's entrypoint before this script runs
GRANT ALL PRIVILEGES ON `commerce\_%`.* TO 'commerce'@'%';
FLUSH PRIVILEGES;
