// Who is a member of a team, asked of Teams itself (the Bot Framework connector's roster API,
// as TeamsInfo.getTeamMember / getPagedTeamMembers do). The forum's rule "only members of the team
// see its cards and act on them" is checked against this, on every card action and refresh.
// This is the one place in dialogs/ that talks to the connector: FlowContext carries no turn
// context, and the forum also needs the roster from personal chat (adding a case) and for the
// "who" picker of an action.
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  TeamsConnectorClient,
} from 'botframework-connector';
import type { Config } from '../../bot/config';

export interface TeamMember {
  id: string;
  name: string;
}

/** Short-lived cache, so a meeting's many refreshes do not hit Teams' throttling. */
const TTL_MS = 60_000;
const memberCache = new Map<string, { at: number; member: boolean }>();
const rosterCache = new Map<string, { at: number; members: TeamMember[] }>();

interface RetryPipeline {
  removePolicy(o: { phase: 'Retry' }): unknown;
}

async function connectorFor(config: Config, serviceUrl: string) {
  const auth = {
    MicrosoftAppId: config.BOT_ID,
    MicrosoftAppPassword: config.BOT_PASSWORD,
    MicrosoftAppType: config.BOT_TYPE,
    MicrosoftAppTenantId: config.BOT_TENANT_ID,
  };
  const bfa = new ConfigurationBotFrameworkAuthentication(
    auth,
    new ConfigurationServiceClientCredentialFactory(auth),
  );
  const identity = new ClaimsIdentity([
    { type: AuthenticationConstants.AudienceClaim, value: config.BOT_ID },
    { type: AuthenticationConstants.AppIdClaim, value: config.BOT_ID },
  ]);
  const client = await bfa.createConnectorFactory(identity).create(serviceUrl);
  // A roster call is made while a member waits for a card (Teams gives an invoke a few seconds):
  // no SDK retries with backoff here. A failure is answered at once (the picker says so) and the
  // next refresh asks again.
  const pipeline = (client as unknown as { client?: { pipeline?: RetryPipeline } }).client
    ?.pipeline;
  pipeline?.removePolicy({ phase: 'Retry' });
  return client;
}

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; status?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.status ?? e?.response?.status;
}

/** Is the user (AAD object id) a member of the team? A 404 from Teams means no. */
export async function isTeamMember(
  config: Config,
  serviceUrl: string,
  teamId: string,
  userId: string,
): Promise<boolean> {
  const key = `${serviceUrl}|${teamId}|${userId}`;
  const hit = memberCache.get(key);
  if (hit && performance.now() - hit.at < TTL_MS) return hit.member;
  const client = await connectorFor(config, serviceUrl);
  let member: boolean;
  try {
    const m = await client.conversations.getConversationMember(teamId, userId);
    member = !!m && !!(m as { id?: string }).id;
  } catch (err) {
    const status = statusOf(err);
    if (status !== 404 && status !== 403) throw err;
    member = false;
  }
  memberCache.set(key, { at: performance.now(), member });
  return member;
}

/** Every member of the team (paged), by AAD object id and display name, for the "who" picker. */
export async function teamMembers(
  config: Config,
  serviceUrl: string,
  teamId: string,
): Promise<TeamMember[]> {
  const key = `${serviceUrl}|${teamId}`;
  const hit = rosterCache.get(key);
  if (hit && performance.now() - hit.at < TTL_MS) return hit.members;
  const client = await connectorFor(config, serviceUrl);
  const members: TeamMember[] = [];
  // The first page is asked for without a token: Teams refuses an empty one ("Failed to decrypt
  // members continuationToken"), and the connector client would send `continuationToken=`.
  let continuationToken: string | undefined;
  do {
    // (The client's typings require a token; the first page has none, and is sent without one.)
    const options = (
      continuationToken ? { pageSize: 500, continuationToken } : { pageSize: 500 }
    ) as { pageSize: number; continuationToken: string };
    const page = await client.conversations.getConversationPagedMembers(teamId, options);
    for (const m of page.members ?? [])
      members.push({
        id: (m as { aadObjectId?: string }).aadObjectId ?? m.id,
        name: m.name ?? m.id,
      });
    continuationToken = page.continuationToken || undefined;
  } while (continuationToken);
  members.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  rosterCache.set(key, { at: performance.now(), members });
  return members;
}

/** The team's and the channel's display names, for telling meetings apart in personal chat. */
export interface TeamPlace {
  team: string;
  /** Null for the General channel, which Teams gives no name. */
  channel: string | null;
}

const placeCache = new Map<string, { at: number; place: TeamPlace }>();

/** Asked of Teams (GET /v3/teams/{id} and …/conversations, as TeamsInfo.getTeamDetails / getTeamChannels). */
export async function teamPlace(
  config: Config,
  serviceUrl: string,
  teamId: string,
  channelId: string,
): Promise<TeamPlace> {
  const key = `${serviceUrl}|${teamId}|${channelId}`;
  const hit = placeCache.get(key);
  if (hit && performance.now() - hit.at < TTL_MS) return hit.place;
  const connector = await connectorFor(config, serviceUrl);
  // As TeamsInfo does: a Teams client on the connector's credentials.
  const teams = new TeamsConnectorClient(connector.credentials, { baseUri: serviceUrl }).teams;
  const team = await teams.fetchTeamDetails(teamId);
  const channels = await teams.fetchChannelList(teamId);
  const place = {
    team: team.name ?? teamId,
    channel: channels.conversations?.find((c) => c.id === channelId)?.name ?? null,
  };
  placeCache.set(key, { at: performance.now(), place });
  return place;
}
