/**
 * Every way a Jira REST call can fail, as data the panel can show. The client throws only
 * `JiraRestError`; `toJiraRestError` turns anything else into one, so callers never see a raw error.
 * Status meanings: reference/jira.md §3.1–3.5 (404 also means "no permission to view").
 */
export type JiraErrorState =
  | { kind: 'logged-out'; status: number }
  /** 403 on anything, or 400 on a write (Jira's answer when a field is not on the edit screen). */
  | { kind: 'forbidden'; status: number; jiraMessages: string[] }
  | { kind: 'not-found'; status: number; jiraMessages: string[] }
  | { kind: 'gone'; status: number; jiraMessages: string[] }
  /** `retryAfterSeconds` is set when Jira sent a usable `Retry-After`. */
  | { kind: 'rate-limited'; status: number; retryAfterSeconds?: number }
  /** 400 on a read (typically invalid JQL) and other 4xx nobody else claims. */
  | { kind: 'bad-request'; status: number; jiraMessages: string[] }
  | { kind: 'server'; status: number }
  | { kind: 'network'; detail: string }
  /** A 2xx answer that is not JSON: a login page or a proxy's HTML page. */
  | { kind: 'not-json'; status: number; contentType: string }
  | { kind: 'invalid-response'; detail: string }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'aborted' };

export type JiraErrorKind = JiraErrorState['kind'];
export type Locale = 'en' | 'pl';

type StateOf<K extends JiraErrorKind> = Extract<JiraErrorState, { kind: K }>;
type MessageTable = { [K in JiraErrorKind]: Record<Locale, (state: StateOf<K>) => string> };

function jiraSaid(messages: string[]): string {
  return messages.length > 0 ? ` (Jira: ${messages.join(' ')})` : '';
}

const MESSAGES: MessageTable = {
  'logged-out': {
    en: () => 'You are not logged in to Jira. Log in and try again.',
    pl: () => 'Nie jesteś zalogowany do Jiry. Zaloguj się i spróbuj ponownie.',
  },
  forbidden: {
    en: (s) => `You do not have permission to do this in Jira.${jiraSaid(s.jiraMessages)}`,
    pl: (s) => `Nie masz uprawnień do tej operacji w Jirze.${jiraSaid(s.jiraMessages)}`,
  },
  'not-found': {
    en: () => 'Jira says this issue does not exist, or you are not allowed to see it.',
    pl: () => 'Według Jiry to zgłoszenie nie istnieje albo nie masz prawa go zobaczyć.',
  },
  gone: {
    en: () => 'This Jira REST endpoint has been removed. The extension needs an update.',
    pl: () => 'Ten punkt końcowy REST Jiry został usunięty. Rozszerzenie wymaga aktualizacji.',
  },
  'rate-limited': {
    en: (s) =>
      `Jira is limiting requests. Try again${s.retryAfterSeconds === undefined ? ' later' : ` in ${s.retryAfterSeconds} s`}.`,
    pl: (s) =>
      `Jira ogranicza liczbę zapytań. Spróbuj ponownie${s.retryAfterSeconds === undefined ? ' później' : ` za ${s.retryAfterSeconds} s`}.`,
  },
  'bad-request': {
    en: (s) => `Jira rejected the request.${jiraSaid(s.jiraMessages)}`,
    pl: (s) => `Jira odrzuciła zapytanie.${jiraSaid(s.jiraMessages)}`,
  },
  server: {
    en: (s) => `Jira had a server error (HTTP ${s.status}). Try again later.`,
    pl: (s) => `Błąd serwera Jiry (HTTP ${s.status}). Spróbuj ponownie później.`,
  },
  network: {
    en: () => 'Could not reach Jira. Check your connection.',
    pl: () => 'Nie udało się połączyć z Jirą. Sprawdź połączenie.',
  },
  'not-json': {
    en: () => 'Jira answered with a web page instead of data (a login page or a proxy error?).',
    pl: () => 'Jira odpowiedziała stroną WWW zamiast danych (strona logowania lub błąd proxy?).',
  },
  'invalid-response': {
    en: () => 'Jira answered with data this extension does not understand.',
    pl: () => 'Jira odpowiedziała danymi, których rozszerzenie nie rozumie.',
  },
  'too-large': {
    en: (s) => `The answer is too long to share through Jira (${s.size} of at most ${s.limit} characters).`,
    pl: (s) => `Odpowiedź jest za długa, by udostępnić ją przez Jirę (${s.size} z maks. ${s.limit} znaków).`,
  },
  aborted: {
    en: () => 'Cancelled.',
    pl: () => 'Anulowano.',
  },
};

/** A sentence for the panel; it then falls back to the text read from the page. */
export function jiraErrorMessage(state: JiraErrorState, locale: Locale): string {
  const format = MESSAGES[state.kind][locale] as (s: JiraErrorState) => string;
  return format(state);
}

export class JiraRestError extends Error {
  readonly state: JiraErrorState;

  constructor(state: JiraErrorState) {
    super(jiraErrorMessage(state, 'en'));
    this.name = 'JiraRestError';
    this.state = state;
  }

  get kind(): JiraErrorKind {
    return this.state.kind;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Normalises anything caught around a client call (the panel's catch block uses this). */
export function toJiraRestError(error: unknown): JiraRestError {
  if (error instanceof JiraRestError) return error;
  if (isAbortError(error)) return new JiraRestError({ kind: 'aborted' });
  const detail = error instanceof Error ? error.message : String(error);
  return new JiraRestError({ kind: 'network', detail });
}
