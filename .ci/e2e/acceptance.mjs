// The README's acceptance scenario in real Chromium, against a running Kopiena:
//   phase "create": log in as coordinator/demo, see Preiļi's initiatives, add an activity with
//                   attendance (a named participant and a head count);
//   phase "verify": (after the app was restarted) log in again and find that activity with its
//                   attendance still there.
// Usage: node acceptance.mjs <create|verify> <baseUrl> <screenshotDir>
import { chromium } from 'playwright-core';

const [phase, baseUrl, shots] = process.argv.slice(2);
const title = process.env.E2E_ACTIVITY_TITLE || 'E2E kopienas pārgājiens';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
// Kopiena starts in Latvian; the steps below read the English texts, as chosen with the switch
await context.addCookies([{ name: 'kopiena-lang', value: 'en', url: baseUrl }]);
const page = await context.newPage();
page.setDefaultTimeout(30000);

async function shot(name) {
  await page.screenshot({ path: `${shots}/${phase}-${name}.png`, fullPage: true });
}

async function waitForVaadin() {
  await page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));
}

async function login(user, password) {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(user);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('vaadin-button[slot="submit"]').click();
  await page.waitForURL(url => !url.pathname.startsWith('/login'));
  await waitForVaadin();
}

async function expectText(text) {
  await page.getByText(text, { exact: false }).first().waitFor();
}

try {
  await login('coordinator', 'demo');
  await shot('home');
  await page.goto(`${baseUrl}/initiatives`);
  await waitForVaadin();
  await expectText('Aktīvās kopienas');
  await shot('initiatives');

  if (phase === 'create') {
    const { createActivityWithAttendance } = await import('./activity-steps.mjs');
    await createActivityWithAttendance(page, baseUrl, title, waitForVaadin, shot);
  } else {
    const { verifyActivityWithAttendance } = await import('./activity-steps.mjs');
    await verifyActivityWithAttendance(page, baseUrl, title, waitForVaadin, shot);
  }
  console.log(`e2e ${phase}: passed`);
} catch (e) {
  await shot('failure').catch(() => {});
  console.error(`e2e ${phase}: FAILED`, e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
