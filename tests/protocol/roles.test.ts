import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, choiceValues, findAction } from '../support/cards';
import { TestBot, users } from '../support/bot';

describe('roles (roller): admins grant and remove roles through a card', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await TestBot.start();
    // Users become known to the bot when they talk to it.
    await tb.personal(users.admin).install();
    await tb.personal(users.nobody).say('hjälp');
    await tb.personal(users.bo).say('hjälp');
  });
  afterAll(async () => {
    await tb.close();
  });

  it('refuses the roles card to a user who is not an admin', async () => {
    const card = await tb.personal(users.nobody).sayOne('roller');
    expect(allText(card)).toContain('kräver rollen administratör');
    const res = await tb
      .personal(users.nobody)
      .invoke('roles.grant', { userId: users.nobody.id, role: 'admin' });
    expect(allText(res.body.value)).toContain('kräver rollen administratör');
    expect(await tb.store.users.roles(users.nobody.id)).toEqual([]);
  });

  it('lists known users with their roles; the configured admin is marked', async () => {
    const card = await tb.personal(users.admin).sayOne('roller');
    const txt = allText(card);
    expect(txt).toContain('Utan Roll');
    expect(txt).toContain('Ingen roll');
    expect(txt).toContain('administratör (administratör via konfiguration)');
  });

  it('lets an admin grant the caseworker role, after which the user can register a participant', async () => {
    const nobody = tb.personal(users.nobody);
    expect(allText(await nobody.sayOne('ny deltagare'))).toContain('kräver rollen handläggare');

    const admin = tb.personal(users.admin);
    const card = await admin.sayOne('roller');
    const after = await admin.click(card, 'roles.grant', {
      userId: users.nobody.id,
      role: 'caseworker',
    });
    expect(allText(after)).toContain('Utan Roll har nu rollen handläggare.');
    expect(await tb.store.users.roles(users.nobody.id)).toEqual(['caseworker']);
    expect(
      (await tb.store.audit.list({ actorId: users.admin.id })).some(
        (a) => a.action === 'role.grant' && a.detail?.userId === users.nobody.id,
      ),
    ).toBe(true);
    // Granting twice changes nothing and says so.
    expect(
      allText(
        await admin.click(card, 'roles.grant', { userId: users.nobody.id, role: 'caseworker' }),
      ),
    ).toContain('hade redan rollen');

    const form = await nobody.sayOne('ny deltagare');
    const done = await nobody.click(form, 'registration.save', {
      gender: 'man',
      birthYear: '1975',
      startDate: '2026-11-10',
      departments: 'ame',
      supportAtStart: 'a_kassa',
      consentGivenOn: '2026-11-10',
      consentDepartments: 'ame',
      consentValidUntil: '2027-05-10',
    });
    expect(allText(done)).toMatch(/Registrerad: D-[2-9A-Z]{4}/);
  });

  it('lets an admin remove a role, and the user is refused again', async () => {
    const admin = tb.personal(users.admin);
    await tb.grant(users.bo.id, 'caseworker', 'manager');
    const card = await admin.sayOne('roller');
    const after = await admin.click(card, 'roles.revoke', {
      userId: users.bo.id,
      role: 'caseworker',
    });
    expect(allText(after)).toContain('Bo Handläggare har inte längre rollen handläggare.');
    expect(await tb.store.users.roles(users.bo.id)).toEqual(['manager']);
    expect(allText(await tb.personal(users.bo).sayOne('mina deltagare'))).toContain(
      'kräver rollen handläggare',
    );
  });

  it("names what is missing when the admin forgets to choose, in the admin's language", async () => {
    const admin = tb.personal(users.admin);
    const card = await admin.sayOne('roller');
    const res = await admin.invoke('roles.grant', {
      ...findAction(card, 'roles.grant').data,
      userId: '',
      role: 'kung',
    });
    const txt = allText(res.body.value);
    expect(txt).toContain('Välj en användare i listan.');
    expect(txt).toContain('Välj en roll i listan.');
    const eve = { ...users.english, id: 'admin-en' };
    const en = await TestBot.start({ env: { ADMIN_AAD_IDS: 'admin-en' } });
    try {
      const c = await en.personal(eve).sayOne('roles');
      expect(allText(c)).toContain('Roles');
      const r = await en
        .personal(eve)
        .invoke('roles.grant', { userId: 'nobody-known', role: 'manager' });
      expect(allText(r.body.value)).toContain('Choose a user in the list.');
    } finally {
      await en.close();
    }
  });

  it('does not let an admin remove their own admin role', async () => {
    await tb.grant(users.bo.id, 'admin');
    const bo = tb.personal(users.bo);
    const card = await bo.sayOne('roller');
    const res = await bo.click(card, 'roles.revoke', { userId: users.bo.id, role: 'admin' });
    expect(allText(res)).toContain('Du kan inte ta bort din egen administratörsroll');
    expect(await tb.store.users.roles(users.bo.id)).toContain('admin');
    const choices = choiceValues(card, 'role');
    // granskare (log reviewer) added by issue 16
    expect(choices).toEqual(['caseworker', 'forum_member', 'manager', 'admin', 'granskare']);
  });
});
