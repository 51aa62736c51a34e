// Issue 3's scenario in real Chromium, against a running Kopiena with the demo data:
//   the educator finds workshops without logging in, signs up for today's seminar, lands on the
//   waiting list of the full workshop, is promoted when the coordinator removes people, gets
//   attendance marked, downloads the certificate, and anyone can verify its code; the mails of
//   every step are in the application's log (no SMTP server in the demo).
// Usage: node workshops.mjs <baseUrl> <screenshotDir> <appLog>
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [baseUrl, shots, appLog] = process.argv.slice(2);
const FULL = 'Iekļaujošā izglītība: darbs ar bēgļu bērniem';
const TODAY = 'Seminārs: kopienas projekti skolā';
// started an hour before the demo data was loaded: attendance can be marked from a workshop's start
const UNDER_WAY = 'Darbnīca: jauniešu brīvprātīgais darbs';
const EDUCATOR_MAIL = 'educator@demo.example.lv';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function session(who) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 },
                                             acceptDownloads: true });
  await context.addCookies([{ name: 'kopiena-lang', value: 'en', url: baseUrl }]);
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const s = {
    page,
    async ready() {
      await page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
        && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));
    },
    async go(path) { await page.goto(`${baseUrl}${path}`); await s.ready(); },
    async see(text) { await page.getByText(text, { exact: false }).first().waitFor(); },
    async shot(name) { await page.screenshot({ path: `${shots}/workshops-${who}-${name}.png`, fullPage: true }); },
    async login(user) {
      await page.goto(`${baseUrl}/login`);
      await page.locator('input[name="username"]').fill(user);
      await page.locator('input[name="password"]').fill('demo');
      await page.locator('vaadin-button[slot="submit"]').click();
      await page.waitForURL(url => !url.pathname.startsWith('/login'));
      await s.ready();
    },
  };
  return s;
}

async function openWorkshop(s, title) {
  await s.go('/workshops');
  await s.page.getByText(title, { exact: true }).first().click();
  await s.page.waitForURL(url => /\/workshops\/\d+$/.test(url.pathname));
  await s.ready();
  return Number(new URL(s.page.url()).pathname.split('/').pop());
}

let failed = false;
try {
  // Anyone sees the open workshops with seats left, without logging in
  const visitor = await session('visitor');
  await visitor.go('/workshops');
  await visitor.see(FULL);
  await visitor.see(TODAY);
  await visitor.shot('catalogue');

  // The educator: waiting list of the full workshop, a seat at today's seminar
  const educator = await session('educator');
  await educator.login('educator');
  const fullId = await openWorkshop(educator, FULL);
  await educator.page.getByRole('button', { name: 'Join the waiting list' }).click();
  await educator.see('you are number 3 on the waiting list');
  await educator.shot('waiting');
  const todayId = await openWorkshop(educator, TODAY);
  await educator.page.getByRole('button', { name: 'Sign up', exact: true }).click();
  await educator.see('Your seat is confirmed.');

  // The coordinator removes three people from the full workshop: the third seat goes to the educator
  const coordinator = await session('coordinator');
  await coordinator.login('coordinator');
  await coordinator.go(`/workshops/manage/${fullId}`);
  for (let i = 0; i < 3; i++) {
    await coordinator.page.locator('vaadin-grid-cell-content button:visible', { hasText: 'Remove' }).first().click();
    await coordinator.page.locator('vaadin-button[slot="confirm-button"]').click();
    await coordinator.see('was removed');
    await coordinator.ready();
  }
  await coordinator.shot('after-removals');
  await educator.go('/my-workshops');
  await educator.page.getByText('Confirmed: you have a seat').nth(1).waitFor();
  if (await educator.page.getByText('Waiting list: you are number').count() > 0) {
    throw new Error('the educator is still waiting after three removals');
  }
  await educator.shot('promoted');

  // Today's seminar has not started: its check-list is not open yet
  await coordinator.go(`/workshops/manage/${todayId}`);
  await coordinator.see('Attendance can be marked from the start of the workshop');
  // Attendance of the workshop under way, then the certificate
  await coordinator.go('/workshops/manage');
  await coordinator.page.getByText(UNDER_WAY, { exact: true }).first().click();
  await coordinator.page.waitForURL(url => /\/workshops\/manage\/\d+$/.test(url.pathname));
  await coordinator.ready();
  await coordinator.page.getByRole('button', { name: 'Attendance check-list' }).click();
  await coordinator.page.locator('vaadin-checkbox', { hasText: 'Līga Pedagoģe' }).click();
  await coordinator.page.getByRole('button', { name: 'Save' }).click();
  await coordinator.see('Attendance saved');
  await educator.go('/my-hours');
  const entry = educator.page.locator('.ledger-entry', { hasText: UNDER_WAY });
  const [download] = await Promise.all([
    educator.page.waitForEvent('download'),
    entry.locator('.certificate-download').click(),
  ]);
  const name = download.suggestedFilename();
  const code = /certificate-([0-9A-Z-]+)\.pdf/.exec(name)?.[1];
  if (!code) throw new Error(`unexpected certificate file name ${name}`);
  const pdf = readFileSync(await download.path());
  if (pdf.subarray(0, 5).toString() !== '%PDF-') throw new Error('the certificate is not a PDF');
  await educator.shot('hours');

  // Anyone verifies the code
  await visitor.go(`/certificates/verify/${code}`);
  await visitor.see('Genuine certificate');
  await visitor.see('Līga Pedagoģe');
  await visitor.see(UNDER_WAY);
  await visitor.shot('verified');

  // The mails of each step are in the log (the outbox is sent every 10 s)
  const wanted = 3; // waiting list, seat at today's seminar, promotion
  let mails = 0;
  for (let i = 0; i < 40 && mails < wanted; i++) {
    mails = readFileSync(appLog, 'utf8').split(`Mail (not sent: no SMTP server) to ${EDUCATOR_MAIL}`).length - 1;
    if (mails < wanted) await new Promise(r => setTimeout(r, 1000));
  }
  if (mails < wanted) throw new Error(`expected ${wanted} mails to ${EDUCATOR_MAIL} in the log, found ${mails}`);
  console.log(`e2e workshops: passed (certificate ${code}, ${mails} mails to the educator in the log)`);
} catch (e) {
  failed = true;
  console.error('e2e workshops: FAILED', e);
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
