// The activity part of the acceptance scenario, against the /activities views. Fields are found
// by their visible labels, as a person (or a screen reader) finds them.

/** Adds an activity, a named participant and a head count of children. */
export async function createActivityWithAttendance(page, baseUrl, title, waitForVaadin, shot) {
  await page.goto(`${baseUrl}/activities`);
  await waitForVaadin();
  await page.getByRole('button', { name: 'New activity' }).click();
  const dialog = page.getByRole('dialog');
  const titleField = dialog.getByLabel('Title', { exact: true });
  await titleField.waitFor();
  await dialog.getByLabel('Type', { exact: true }).click();
  await page.getByRole('option', { name: 'Workshop', exact: true }).click();
  await titleField.fill(title);
  await dialog.getByLabel('Place', { exact: true }).fill('Preiļu novada Bērnu un jauniešu centrs');
  await shot('activity-form');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(url => /\/activities\/\d+/.test(url.pathname));
  await waitForVaadin();

  const participant = page.getByLabel('Add a participant', { exact: true });
  await participant.fill('a');
  const firstOption = page.getByRole('option').first();
  await firstOption.waitFor();
  await firstOption.click();
  await waitForVaadin();
  await page.getByLabel('Children', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Save head counts' }).click();
  await waitForVaadin();
  await page.getByText('Total 8', { exact: false }).first().waitFor();
  await shot('activity-attendance');
}

/** Finds the activity after a restart, with its attendance. */
export async function verifyActivityWithAttendance(page, baseUrl, title, waitForVaadin, shot) {
  await page.goto(`${baseUrl}/activities`);
  await waitForVaadin();
  const row = page.getByText(title, { exact: true }).first();
  await row.waitFor();
  await row.click();
  await page.waitForURL(url => /\/activities\/\d+/.test(url.pathname));
  await waitForVaadin();
  await page.getByText('Total 8', { exact: false }).first().waitFor();
  await shot('activity-after-restart');
}
