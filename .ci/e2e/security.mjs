// Issue 8's scenario in real Chromium, against a running Kopiena with the demo data:
//   six logins with a wrong password are answered with "try again at"; an admin disables an
//   account that is logged in elsewhere and that browser's next click lands on the login page,
//   which says why; an admin ends one session from "Logged-in sessions" with the same effect;
//   the login page and the sessions page pass axe-core without serious or critical findings.
// Usage: node security.mjs <baseUrl> <screenshotDir>
import { launch, person } from './browser.mjs';

const [baseUrl, shots] = process.argv.slice(2);
const browser = await launch();
const session = who => person(browser, baseUrl, shots, `security-${who}`);

let failed = false;
try {
  // Guessing: five wrong passwords, then even the right one is refused with the time to try again
  const guesser = await session('guesser');
  for (let i = 1; i <= 5; i++) {
    await guesser.tryLogin('coordinator-kraslava', `wrong-guess-${i}`);
    await guesser.see('Incorrect username or password');
  }
  await guesser.tryLogin('coordinator-kraslava', 'demo');
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
  await admin.go('/account/password');
  await admin.axe('Change password');
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
