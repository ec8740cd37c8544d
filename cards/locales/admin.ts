// Roles (admin). Swedish first; English typed by it.
export const sv = {
  roles: {
    title: 'Roller',
    intro:
      'Användare som har pratat med Samsyn. Välj en användare och en roll, och ge eller ta bort rollen.',
    user: 'Användare',
    role: 'Roll',
    rolesHeader: 'Roller',
    noRoles: 'Ingen roll',
    fromConfig: '(administratör via konfiguration)',
    grant: 'Ge rollen',
    revoke: 'Ta bort rollen',
    granted: (role: string, user: string) => `${user} har nu rollen ${role}.`,
    alreadyHad: (role: string, user: string) => `${user} hade redan rollen ${role}.`,
    revoked: (role: string, user: string) => `${user} har inte längre rollen ${role}.`,
    didNotHave: (role: string, user: string) => `${user} hade inte rollen ${role}.`,
    unknownUser: 'Välj en användare i listan.',
    unknownRole: 'Välj en roll i listan.',
    notOwnAdmin: 'Du kan inte ta bort din egen administratörsroll. Be en annan administratör.',
    noUsers: 'Ingen har pratat med Samsyn ännu.',
    unnamed: '(namn saknas)',
  },
};

export type AdminStrings = typeof sv;

export const en: AdminStrings = {
  roles: {
    title: 'Roles',
    intro:
      'Users who have talked to Samsyn. Choose a user and a role, and grant or remove the role.',
    user: 'User',
    role: 'Role',
    rolesHeader: 'Roles',
    noRoles: 'No role',
    fromConfig: '(administrator through configuration)',
    grant: 'Grant the role',
    revoke: 'Remove the role',
    granted: (role: string, user: string) => `${user} now has the ${role} role.`,
    alreadyHad: (role: string, user: string) => `${user} already had the ${role} role.`,
    revoked: (role: string, user: string) => `${user} no longer has the ${role} role.`,
    didNotHave: (role: string, user: string) => `${user} did not have the ${role} role.`,
    unknownUser: 'Choose a user in the list.',
    unknownRole: 'Choose a role in the list.',
    notOwnAdmin: 'You cannot remove your own administrator role. Ask another administrator.',
    noUsers: 'Nobody has talked to Samsyn yet.',
    unnamed: '(no name)',
  },
};
