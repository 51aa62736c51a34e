// Issue 9's audit scenario in real Chromium, against a running Kopiena with the demo data:
//   the coordinator renames a shared institution; the admin finds the change with the old and the
//   new name in /audit, filtered by record, and the chain check says the trail is intact; the audit
//   page passes axe-core without serious or critical findings. The name is put back afterwards.
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
  await admin.see(`name: ${OLD} → ${NEW}`);
  await admin.shot('trail');
  await admin.axe('Audit trail');
  await admin.page.getByRole('button', { name: 'Check integrity' }).click();
  await admin.ready();
  await admin.see('The audit trail is intact');
  await admin.shot('intact');
  console.log('admin found the change with old and new values; the chain is intact');

  await rename(coordinator, NEW, OLD);
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
