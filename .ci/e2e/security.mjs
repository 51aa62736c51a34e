// Issue 8's scenario in real Chromium, against a running Kopiena with the demo data:
//   six logins with a wrong password are answered with "try again at"; an admin disables an
//   account that is logged in elsewhere and that browser's next click lands on the login page,
//   which says why; an admin ends one session from "Logged-in sessions" with the same effect;
//   the login page and the sessions page pass axe-core without serious or critical findings.
// Usage: node security.mjs <baseUrl> <screenshotDir>
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [baseUrl, shots] = process.argv.slice(2);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function session(who) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
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
    async shot(name) { await page.screenshot({ path: `${shots}/security-${who}-${name}.png`, fullPage: true }); },
    async submitLogin(user, password) {
      await page.goto(`${baseUrl}/login`);
      await s.ready();
      await page.locator('input[name="username"]').fill(user);
      await page.locator('input[name="password"]').fill(password);
      await page.locator('vaadin-button[slot="submit"]').click();
      await page.waitForLoadState('load');
      await s.ready();
    },
    async login(user) {
      await s.submitLogin(user, 'demo');
      await page.waitForURL(url => !url.pathname.startsWith('/login'));
      await s.ready();
    },
    async axe(name) {
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => await window.axe.run(document, {
        resultTypes: ['violations'] }));
      const bad = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
      if (bad.length) {
        throw new Error(`axe-core on ${name}: ` + bad.map(v => `${v.id} (${v.impact}): ${v.nodes.length} node(s) `
          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')).join('; '));
      }
      console.log(`axe-core: ${name} has no serious or critical findings`);
    },
  };
  return s;
}

let failed = false;
try {
  // Guessing: five wrong passwords, then even the right one is refused with the time to try again
  const guesser = await session('guesser');
  for (let i = 1; i <= 5; i++) {
    await guesser.submitLogin('coordinator-kraslava', `wrong-guess-${i}`);
    await guesser.see('Incorrect username or password');
  }
  await guesser.submitLogin('coordinator-kraslava', 'demo');
  await guesser.see('Too many failed attempts');
  await guesser.see('logging in is paused until');
  await guesser.shot('locked');
  if (!new URL(guesser.page.url()).pathname.startsWith('/login')) {
    throw new Error('the right password logged in during the lock-out');
  }
  await guesser.axe('the login page with an error');

  // Revocation: coordinator-ludza works in one browser, the admin disables the account in another
  const ludza = await session('ludza');
  await ludza.login('coordinator-ludza');
  await ludza.go('/activities');
  await ludza.shot('working');

  const admin = await session('admin');
  await admin.login('admin');
  await admin.go('/users/sessions');
  await admin.see('coordinator-ludza');
  await admin.shot('sessions');
  await admin.axe('Logged-in sessions');
  await admin.go('/users');
  await admin.page.getByText('coordinator-ludza', { exact: true }).first().click();
  const dialog = admin.page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: 'Active' }).uncheck();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await admin.ready();
  await admin.see('Saved');

  // its next click
  await ludza.page.getByRole('link', { name: 'Participants' }).first().click();
  await ludza.page.waitForURL(url => url.pathname.startsWith('/login'));
  await ludza.ready();
  await ludza.see('Your account has been disabled');
  await ludza.shot('ended');
  console.log('disabled account: logged out at its next click');

  // and back on, for later runs of the demo
  await admin.page.getByText('coordinator-ludza', { exact: true }).first().click();
  await admin.page.getByRole('dialog').getByRole('checkbox', { name: 'Active' }).check();
  await admin.page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await admin.ready();

  // An admin ends one session from "Logged-in sessions": Ludza's coordinator, back at work
  const again = await session('ludza-again');
  await again.login('coordinator-ludza');
  await again.go('/initiatives');
  await admin.go('/users/sessions');
  await admin.page.getByRole('button', { name: 'End the session of Pēteris Koordinators (coordinator-ludza)' }).click();
  await admin.page.locator('vaadin-button[slot="confirm-button"]').click();
  await admin.see('The session has ended.');
  await again.page.getByRole('link', { name: 'Activities' }).first().click();
  await again.page.waitForURL(url => url.pathname.startsWith('/login'));
  await again.ready();
  await again.see('An administrator ended your session');
  await again.shot('ended-by-admin');
  console.log('session ended by an admin: logged out at its next click');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
