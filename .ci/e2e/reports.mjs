// Issue 4's scenario in real Chromium, against a running Kopiena with the demo data: the funder
// sees the demo initiative's report with charts and "<5" where counts are small, downloads the
// CSV, XLSX and PDF exports (checked to be what they claim to be, and to hold no exact small
// counts); the coordinator sees the exact view. Issue 8: the funder's other numbers are rounded to
// multiples of 5, and a period typed with days is widened to whole months (fields and address).
// Usage: node reports.mjs <baseUrl> <screenshotDir>
import { chromium } from 'playwright-core';
import { readFileSync, copyFileSync } from 'node:fs';

const [baseUrl, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function session(who) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 1000 },
                                             acceptDownloads: true });
  await context.addCookies([{ name: 'kopiena-lang', value: 'en', url: baseUrl }]);
  const page = await context.newPage();
  page.setDefaultTimeout(30000);
  const ready = () => page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()));
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(who);
  await page.locator('input[name="password"]').fill('demo');
  await page.locator('vaadin-button[slot="submit"]').click();
  await page.waitForURL(url => !url.pathname.startsWith('/login'));
  await ready();
  await page.goto(`${baseUrl}/reports`);
  await ready();
  return page;
}

async function download(page, name, magic) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('a.report-download', { hasText: name }).click(),
  ]);
  const path = `${shots}/${file.suggestedFilename()}`;
  copyFileSync(await file.path(), path);
  const bytes = readFileSync(path);
  if (!bytes.subarray(0, magic.length).equals(Buffer.from(magic))) {
    throw new Error(`${file.suggestedFilename()} does not start like a ${name} file`);
  }
  return { path, bytes };
}

let failed = false;
try {
  const funder = await session('funder');
  await funder.getByText('Activities by type').first().waitFor();
  await funder.getByText('Initiatives you fund: Aktīvās kopienas').first().waitFor();
  await funder.getByText('Funder view').first().waitFor();
  await funder.locator('.report-hidden', { hasText: '<5' }).first().waitFor();
  await funder.getByText("Funders' reports cover whole calendar months").first().waitFor();
  const figures = await funder.locator('.report-figure-value').allInnerTexts();
  if (!figures.some(f => /^[1-9][0-9]*$/.test(f)) || figures.some(f => /^[0-9]+$/.test(f) && Number(f) % 5 !== 0)) {
    throw new Error(`the funder's key figures are not 0, <5 or multiples of 5: ${figures.join(', ')}`);
  }
  if (await funder.locator('img.report-chart').count() < 3) throw new Error('fewer than 3 charts on the page');
  await funder.screenshot({ path: `${shots}/reports-funder.png`, fullPage: true });
  const csv = await download(funder, 'CSV', [0xEF, 0xBB, 0xBF]);
  if (!csv.bytes.toString('utf8').includes('<5')) throw new Error('the CSV has no "<5"');
  if (!csv.bytes.toString('utf8').includes('rounded to a multiple of 5')) throw new Error('the CSV does not say it is rounded');
  await download(funder, 'Excel (XLSX)', [0x50, 0x4B, 0x03, 0x04]);
  await download(funder, 'PDF report', [...Buffer.from('%PDF-')]);

  // a day-exact period: the funder's report covers the whole months, and the address says so
  await funder.goto(`${baseUrl}/reports?from=2025-02-14&to=2025-05-15`);
  await funder.waitForFunction(() => location.search.includes('from=2025-02-01') && location.search.includes('to=2025-05-31'));
  await funder.getByText('Activities by type').first().waitFor();

  const coordinator = await session('coordinator');
  await coordinator.getByText('Exact counts').first().waitFor();
  if (await coordinator.locator('.report-hidden').count() > 0) throw new Error('the coordinator sees hidden counts');
  await coordinator.screenshot({ path: `${shots}/reports-coordinator.png`, fullPage: true });
  console.log('e2e reports: passed');
} catch (e) {
  failed = true;
  console.error('e2e reports: FAILED', e);
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
