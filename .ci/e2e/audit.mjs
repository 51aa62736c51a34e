// Issue 9's scenario in real Chromium, against a running Kopiena with the demo data:
//   the coordinator renames a shared institution; the admin finds the change with the old and the
//   new name in /audit, and the chain check says the trail is intact (the name is put back
//   afterwards). The coordinator exports a participant's data (JSON and PDF) and erases them, and
//   the report's figures are the same before and after. The audit, retention and "My data" pages
//   pass axe-core without serious or critical findings. Dates typed as people type them are read.
// Usage: node audit.mjs <baseUrl> <screenshotDir>
import { launch, person } from './browser.mjs';

const [baseUrl, shots] = process.argv.slice(2);
const browser = await launch();
const session = who => person(browser, baseUrl, shots, `audit-${who}`);
const OLD = 'Preiļu galvenā bibliotēka';
const NEW = 'Preiļu galvenā bibliotēka (Raiņa bulvāris)';

async function rename(s, from, to) {
  await s.go('/institutions');
  await s.page.getByText(from, { exact: true }).first().click();
  const dialog = s.page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(to);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await s.ready();
  await dialog.waitFor({ state: 'detached' });
}

let failed = false;
try {
  const coordinator = await session('coordinator');
  await coordinator.login('coordinator');
  await rename(coordinator, OLD, NEW);
  console.log('coordinator renamed an institution');

  const admin = await session('admin');
  await admin.login('admin');
  await admin.go('/audit');
  await admin.see(`Name: ${OLD} → ${NEW}`);
  await admin.shot('trail');
  await admin.axe('Audit trail');
  await admin.page.getByRole('button', { name: 'Check integrity' }).click();
  await admin.ready();
  await admin.see('The audit trail is intact');
  await admin.shot('intact');
  console.log('admin found the change with old and new values; the chain is intact');

  // dates as people type them: 10.03.2026 and 10/3/2026 are read (English page), and ISO
  const from = admin.page.locator('vaadin-date-picker').first();
  for (const typed of ['10.03.2026', '10/3/2026', '2026-03-10']) {
    await from.locator('input').fill(typed);
    await from.locator('input').press('Enter');
    await admin.ready();
    const value = await from.evaluate(e => e.value);
    if (value !== '2026-03-10') throw new Error(`the date field read "${typed}" as "${value}"`);
  }
  console.log('the date fields read 10.03.2026, 10/3/2026 and 2026-03-10');
  await from.locator('input').fill('');
  await from.locator('input').press('Tab');
  await admin.ready();

  await rename(coordinator, NEW, OLD);

  // and in Latvian as Latvians type them: 10.03.2026, 10.3.2026 and the browser's own 10.03.2026.
  const language = value => coordinator.page.context().addCookies([{ name: 'kopiena-lang', value, url: baseUrl }]);
  await language('lv');
  await coordinator.go('/activities');
  const lvFrom = coordinator.page.locator('vaadin-date-picker').first();
  for (const typed of ['10.03.2026', '10.3.2026', '10.03.2026.']) {
    await lvFrom.locator('input').fill(typed);
    await lvFrom.locator('input').press('Enter');
    await coordinator.ready();
    const value = await lvFrom.evaluate(e => e.value);
    if (value !== '2026-03-10') throw new Error(`the Latvian date field read "${typed}" as "${value}"`);
  }
  console.log('the Latvian date fields read 10.03.2026, 10.3.2026 and 10.03.2026.');
  await language('en');

  // A person's rights: export, then erase; the report's totals do not move
  const figures = async () => {
    await coordinator.go('/reports');
    await coordinator.page.locator('.report-figures').first().waitFor();
    return (await coordinator.page.locator('.report-figures').first().innerText()).trim();
  };
  const before = await figures();
  await coordinator.go('/participants');
  await coordinator.page.locator('vaadin-grid vaadin-checkbox').nth(1).click();
  await coordinator.page.getByRole('button', { name: 'Personal data…' }).click();
  const dialog = coordinator.page.getByRole('dialog');
  const heading = await dialog.getByText('Personal data: ').first().innerText();
  for (const [link, ending] of [['Download (JSON)', '.json'], ['Download (PDF)', '.pdf']]) {
    const [file] = await Promise.all([coordinator.page.waitForEvent('download'),
      dialog.getByText(link, { exact: true }).click()]);
    const path = `${shots}/personal-data${ending}`;
    await file.saveAs(path);
    if (!file.suggestedFilename().endsWith(ending)) throw new Error(`export named ${file.suggestedFilename()}`);
    console.log(`exported ${heading} as ${file.suggestedFilename()}`);
  }
  await coordinator.axe('Personal data dialog');
  await dialog.getByRole('button', { name: 'Erase…' }).click();
  await coordinator.page.locator('vaadin-button[slot="confirm-button"]').click();
  await coordinator.ready();
  await coordinator.see('Personal data erased.');
  await coordinator.shot('erased');
  const after = await figures();
  if (after !== before) throw new Error(`report figures changed by the erasure:\n${before}\n---\n${after}`);
  console.log('erased a participant; the report figures are unchanged');

  await admin.go('/retention');
  await admin.axe('Retention');
  await admin.go('/account/my-data');
  await admin.axe('My data');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
