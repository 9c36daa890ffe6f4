// Opens Cockpit in headless Chromium as an operator would: logs in, checks that the platform's process
// definitions are listed, and saves a screenshot. Optionally opens one process instance (e.g. an order's
// delivery-tracking instance) and checks it renders, or that it shows an incident.
//
//   cd process-engine/scripts && npm install
//   node cockpit-check.mjs                                   # http://localhost:8090, demo/demo
//   ENGINE_URL=http://localhost:28090 node cockpit-check.mjs --instance=<id> --instance-screenshot=../../docs/x.png
//   node cockpit-check.mjs --instance=<id> --expect-incident
//   node cockpit-check.mjs --instance=<id> --retry     # "Increment Number of Retries of Failed Jobs", as an operator does
//
// Environment: ENGINE_URL, CAMUNDA_USER, CAMUNDA_PASSWORD, CHROMIUM (default /usr/bin/chromium),
// SCREENSHOT (default <repo>/docs/cockpit-processes.png). Exit code 0 when every check passed.
import { chromium } from 'playwright-core';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const engineUrl = (process.env.ENGINE_URL ?? 'http://localhost:8090').replace(/\/$/, '');
const user = process.env.CAMUNDA_USER ?? 'demo';
const password = process.env.CAMUNDA_PASSWORD ?? 'demo';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const screenshot = process.env.SCREENSHOT ?? resolve(here, '../../docs/cockpit-processes.png');
const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const [key, ...value] = a.replace(/^--/, '').split('=');
  return [key, value.length ? value.join('=') : 'true'];
}));
// the names a business user sees in the models of the processes module
const expectedDefinitions = (args.expect ?? '재고 조회 (Stock lookup),배송 추적 (Delivery tracking),프로모션 (Promotion)')
  .split(',');

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'ko-KR' });
  page.setDefaultTimeout(30_000);

  await page.goto(`${engineUrl}/camunda/app/cockpit/default/#/login`);
  const username = page.locator('input[name="username"], input#username, input[type="text"]').first();
  await username.waitFor();
  check(true, `login page of ${engineUrl}/camunda answered`);
  await username.fill(user);
  await page.locator('input[type="password"]').first().fill(password);
  await page.locator('button[type="submit"]').first().click();
  await page.locator('text=/Dashboard|대시보드|Processes/').first().waitFor();
  check(true, `logged in as ${user}`);

  await page.goto(`${engineUrl}/camunda/app/cockpit/default/#/processes`);
  for (const name of expectedDefinitions) {
    const row = page.getByText(name, { exact: true }).first();
    let visible = true;
    try {
      await row.waitFor({ timeout: 20_000 });
    } catch {
      visible = false;
    }
    check(visible, `process definition "${name}" is listed`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);

  if (args.instance) {
    await page.goto(`${engineUrl}/camunda/app/cockpit/default/#/process-instance/${args.instance}/runtime`);
    await page.locator('.djs-container svg, svg.djs-container, .bjs-container').first().waitFor();
    check(true, `process instance ${args.instance} opens with its diagram`);
    if (args['expect-incident']) {
      let incident = true;
      try {
        // the red incident badge on the activity in the diagram
        await page.locator('.badge-important.instance-incidents').first().waitFor({ timeout: 20_000 });
      } catch {
        incident = false;
      }
      check(incident, `process instance ${args.instance} shows an incident`);
    }
    if (args.retry) {
      await page.locator('a[uib-tooltip="Increment Number of Retries of Failed Jobs"]').click();
      const dialog = page.locator('.modal-dialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: /^Retry$/ }).click();
      let done = true;
      try {
        await dialog.getByText(/successful|erfolgreich/i).first().waitFor({ timeout: 20_000 });
      } catch {
        done = false;
      }
      check(done, `retried the failed jobs of ${args.instance} from Cockpit`);
      await dialog.getByRole('button', { name: /^(OK|Close)$/ }).first().click().catch(() => {});
    }
    if (args['instance-screenshot']) {
      await page.waitForTimeout(1500); // the diagram animates its zoom-to-fit
      await page.screenshot({ path: resolve(process.cwd(), args['instance-screenshot']), fullPage: true });
      console.log(`screenshot: ${args['instance-screenshot']}`);
    }
  }
} catch (error) {
  check(false, `unexpected: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
