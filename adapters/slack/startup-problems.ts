// Slack's answers at start-up, turned into one line for the operator: which setting and what to do.
import { StartupError, unreachable } from '../startup-error.js';
import type { SlackConfig } from './slack-deps.js';

/** Web API errors that mean the token itself is wrong, expired or withdrawn. */
const TOKEN_REJECTED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

type Step = 'bot token' | 'app token' | 'listen';

export function slackStartupProblem(
  error: unknown,
  step: Step,
  config: SlackConfig,
): StartupError | undefined {
  const e = error as { code?: string; data?: { error?: string }; original?: { code?: string } } | null;
  const slackError = e?.data?.error;
  if (step === 'listen' && e?.code === 'EADDRINUSE') {
    return new StartupError(
      'SLACK_PORT',
      `port ${config.port} is already in use: stop what listens there or choose another SLACK_PORT`,
      { cause: error },
    );
  }
  if (slackError && TOKEN_REJECTED.has(slackError)) {
    return step === 'app token'
      ? new StartupError(
          'SLACK_APP_TOKEN',
          `Slack rejected the app-level token (${slackError}): create an xapp- token with connections:write under Basic Information → App-Level Tokens`,
          { cause: error },
        )
      : new StartupError(
          'SLACK_BOT_TOKEN',
          `Slack rejected the bot token (${slackError}): copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app if it was revoked`,
          { cause: error },
        );
  }
  if (e?.code === 'slack_webapi_request_error') {
    const reason = e.original?.code ?? 'no answer';
    return unreachable(
      'SLACK_API_URL',
      "Slack's Web API",
      config.apiUrl,
      'https://slack.com/api/',
      reason,
      error,
    );
  }
  return undefined;
}
