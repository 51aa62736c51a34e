// Issue 3's scenario in real Chromium, against a running Kopiena with the demo data:
//   the educator finds workshops without logging in, signs up for today's seminar, lands on the
//   waiting list of the full workshop, is promoted when the coordinator removes people, gets
//   attendance marked, downloads the certificate, and anyone can verify its code; the mails of
//   every step are in the application's log (no SMTP server in the demo).
// Then issue 8's accounts: a new educator registers, cannot log in until the link mailed to the
//   address (read from the log) is opened and confirmed, then signs up for a workshop; forgets the
//   password, sets a new one through the mailed link, and logs in with it.
// Usage: node workshops.mjs <baseUrl> <screenshotDir> <appLog>
import { launch, person } from './browser.mjs';
import { readFileSync } from 'node:fs';

const [baseUrl, shots, appLog] = process.argv.slice(2);
const FULL = 'Iekļaujošā izglītība: darbs ar bēgļu bērniem';
const TODAY = 'Seminārs: kopienas projekti skolā';
// started an hour before the demo data was loaded: attendance can be marked from a workshop's start
const UNDER_WAY = 'Darbnīca: jauniešu brīvprātīgais darbs';
const EDUCATOR_MAIL = 'educator@demo.example.lv';
const OPEN = 'Digitālie rīki mācību stundā';

const browser = await launch();
const session = who => person(browser, baseUrl, shots, `workshops-${who}`);

/**
 * The token of the last link matching `path` in a mail to `address` in the application's log (the
 * demo writes mails there; the outbox is sent every 10 s). Links name the configured public URL,
 * which need not be this test's address, so only the token is taken.
 */
async function mailedToken(address, path) {
  const link = new RegExp(`${path}([A-Za-z0-9_-]{43})`, 'g');
  for (let i = 0; i < 40; i++) {
    const log = readFileSync(appLog, 'utf8');
    let token = null;
    for (const m of log.matchAll(link)) {
      const to = log.lastIndexOf(`to ${address}`, m.index);
      if (to >= 0 && m.index - to < 3000) token = m[1];
    }
    if (token) return token;
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`no mail to ${address} with a ${path} link in the log`);
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

  // A new educator registers; the account exists only once the mailed link is opened and confirmed
  const newMail = `e2e.skolotaja.${Date.now()}@example.lv`;
  const firstPassword = 'zaļa laiva uz Rāznas ezera';
  const newcomer = await session('newcomer');
  await newcomer.go('/register');
  await newcomer.axe('the registration page');
  await newcomer.page.getByLabel('Name and surname', { exact: true }).fill('Ieva E2E Skolotāja');
  await newcomer.page.getByLabel('E-mail', { exact: true }).fill(newMail);
  await newcomer.page.getByLabel('Password', { exact: true }).fill(firstPassword);
  await newcomer.page.getByLabel('Repeat the password', { exact: true }).fill(firstPassword);
  await newcomer.page.locator('vaadin-checkbox').click();
  await newcomer.page.getByRole('button', { name: 'Create account' }).click();
  await newcomer.see('Check your mail');
  await newcomer.see(`We have sent a mail to ${newMail}`);
  await newcomer.shot('check-mail');
  await newcomer.tryLogin(newMail, firstPassword);
  await newcomer.page.waitForURL(url => url.search.includes('error'));
  const confirmToken = await mailedToken(newMail, '/register/confirm/');
  await newcomer.go(`/register/confirm/${confirmToken}`);
  await newcomer.see('This link creates the educator account of Ieva E2E Skolotāja');
  await newcomer.axe('the registration link page');
  await newcomer.page.getByRole('button', { name: 'Create my account' }).click();
  await newcomer.see('Your account is ready');
  await newcomer.shot('account-ready');
  await newcomer.login(newMail, firstPassword);
  await openWorkshop(newcomer, OPEN);
  await newcomer.page.getByRole('button', { name: 'Sign up', exact: true }).click();
  await newcomer.see('Your seat is confirmed.');

  // The same educator forgets the password and sets a new one through the mailed link
  const newPassword = 'sarkans ābols zem Preiļu liepas';
  const forgetful = await session('forgetful');
  await forgetful.go('/forgot-password');
  await forgetful.axe('Forgot your password');
  await forgetful.page.getByLabel('E-mail or user name', { exact: true }).fill(newMail);
  await forgetful.page.getByRole('button', { name: 'Send the link' }).click();
  await forgetful.see('If an account with this address or user name exists');
  const resetToken = await mailedToken(newMail, '/reset-password/');
  await forgetful.go(`/reset-password/${resetToken}`);
  await forgetful.axe('the new password page');
  await forgetful.page.getByLabel('New password', { exact: true }).fill(newPassword);
  await forgetful.page.getByLabel('Repeat the new password', { exact: true }).fill(newPassword);
  await forgetful.page.getByRole('button', { name: 'Set the new password' }).click();
  await forgetful.see('Your new password is set.');
  await forgetful.shot('password-reset');
  await forgetful.tryLogin(newMail, firstPassword);
  await forgetful.page.waitForURL(url => url.search.includes('error'));
  await forgetful.login(newMail, newPassword);
  await forgetful.go('/my-workshops');
  await forgetful.see(OPEN);

  console.log(`e2e workshops: passed (certificate ${code}, ${mails} mails to the educator in the log; `
    + 'a new educator registered through the mailed link, signed up and reset the password)');
} catch (e) {
  failed = true;
  console.error('e2e workshops: FAILED', e);
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
