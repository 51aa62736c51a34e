// The outage drill (issue 9), against a running app on Debian's MariaDB:
//   a coordinator adds an activity and somebody asks for a password-reset mail (both acknowledged);
//   the database server is shut down for real; a logged-in page and a login each answer "the
//   database is not reachable right now" (translated, no stack trace) within 5 s; the server is
//   started again and the app serves again within 30 s without being restarted; no table has
//   fewer rows than before, the activity is there, and the mail queued before the outage goes out.
// Usage: node outage.mjs <baseUrl> <shots dir>; env DRILL_DB_STOP, DRILL_DB_START (shell commands
// that return once the server is down / answers again) and DRILL_SQL (runs `-e <sql>` as root).
import { execSync } from 'node:child_process';
import { launch, person } from './browser.mjs';
import { createActivityWithAttendance } from './activity-steps.mjs';

const [baseUrl, shots] = process.argv.slice(2);
const sql = (query) => execSync(`${process.env.DRILL_SQL} -N -B -e "${query}"`, { encoding: 'utf8' }).trim();
const fail = (message) => { throw new Error(message); };
const UNAVAILABLE = 'The database is not reachable right now. Try again in a moment.';

function rowCounts() {
  const tables = sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
    + "AND table_type = 'BASE TABLE' ORDER BY table_name").split('\n');
  return Object.fromEntries(tables.map(t => [t, Number(sql(`SELECT COUNT(*) FROM \\\`${t}\\\``))]));
}

const browser = await launch();
try {
  const coordinator = await person(browser, baseUrl, shots, 'outage-coordinator');
  await coordinator.login('coordinator');
  const title = `Outage drill ${Date.now()}`;
  await createActivityWithAttendance(coordinator.page, baseUrl, title, coordinator.ready, coordinator.shot);
  console.log(`acknowledged: activity "${title}" saved`);

  const forgetful = await person(browser, baseUrl, shots, 'outage-forgetful');
  await forgetful.go('/forgot-password');
  await forgetful.page.getByLabel('E-mail or user name', { exact: true }).fill('anna.kalnina@example.lv');
  await forgetful.page.getByRole('button', { name: 'Send the link' }).click();
  await forgetful.see('If an account with this address or user name exists');
  console.log('acknowledged: password-reset mail queued');
  const before = rowCounts();
  console.log(`mails still queued when the server goes down: ${sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")}`);

  execSync(process.env.DRILL_DB_STOP, { stdio: 'inherit' });
  console.log('database server shut down');

  // a logged-in person opens a page: the session check cannot reach the database
  let started = Date.now();
  const answer = await coordinator.page.goto(`${baseUrl}/activities`);
  let took = Date.now() - started;
  let body = await coordinator.page.locator('body').innerText();
  if (!body.includes(UNAVAILABLE)) fail(`a page during the outage does not say "${UNAVAILABLE}": ${body.slice(0, 300)}`);
  if (/Exception|\tat |\bat lv\.|Whitelabel/.test(await coordinator.page.content())) fail('the outage page shows a stack trace');
  if (answer.status() !== 503 || !answer.headers()['retry-after']) fail(`outage page answered ${answer.status()} without Retry-After`);
  if (took > 5000) fail(`the outage page took ${took} ms (more than 5 s)`);
  await coordinator.shot('during-outage');
  console.log(`during the outage a logged-in page answers 503 "${UNAVAILABLE}" in ${took} ms`);

  // a login cannot be checked either (the login page itself needs no database)
  const visitor = await person(browser, baseUrl, shots, 'outage-visitor');
  await visitor.go('/login');
  await visitor.page.locator('input[name="username"]').fill('admin');
  await visitor.page.locator('input[name="password"]').fill('demo');
  started = Date.now();
  await visitor.page.locator('vaadin-button[slot="submit"]').click();
  await visitor.page.getByText(UNAVAILABLE).first().waitFor({ timeout: 5000 });
  took = Date.now() - started;
  if (/Exception|\tat /.test(await visitor.page.content())) fail('the login during the outage shows a stack trace');
  await visitor.shot('login-during-outage');
  console.log(`during the outage a login answers "${UNAVAILABLE}" in ${took} ms`);

  execSync(process.env.DRILL_DB_START, { stdio: 'inherit' });
  const back = Date.now();
  console.log('database server started again');
  for (;;) {
    const response = await coordinator.page.goto(`${baseUrl}/activities/`).catch(() => null);
    if (response && response.status() === 200) {
      await coordinator.ready();
      break;
    }
    if (Date.now() - back > 30000) fail('the app does not serve again within 30 s of the database coming back');
    await new Promise(r => setTimeout(r, 500));
  }
  console.log(`the app serves again ${Date.now() - back} ms after the database came back (no restart)`);
  await coordinator.shot('after-outage');

  const after = rowCounts();
  const lost = Object.keys(before).filter(t => (after[t] ?? 0) < before[t]);
  if (lost.length) fail(`rows lost in ${lost.map(t => `${t} (${before[t]} -> ${after[t]})`).join(', ')}`);
  if (sql(`SELECT COUNT(*) FROM activity WHERE title = '${title}'`) !== '1') fail(`activity "${title}" is gone`);
  console.log(`no table has fewer rows than before the outage (${Object.keys(before).length} tables); the activity is there`);

  const admin = await person(browser, baseUrl, shots, 'outage-admin');
  await admin.login('admin');
  await admin.go('/backups');
  await admin.see('Backups');
  await admin.axe('the backups page');
  await admin.page.getByRole('button', { name: 'Back up now' }).click();
  await admin.see('made.');
  await admin.shot('backups');
  console.log('the admin made a backup on the backups page');

  const waitedFrom = Date.now();
  while (sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND kind = 'PASSWORD_RESET'") !== '0') {
    if (Date.now() - waitedFrom > 60000) fail('the password-reset mail queued before the outage was not sent within 60 s');
    await new Promise(r => setTimeout(r, 1000));
  }
  console.log('the mail queued before the outage has gone out');
} finally {
  await browser.close();
}
