// App Home: publish the overview whenever a user opens the Home tab (the corpus may have changed).
import type { App } from '@slack/bolt';
import { renderHome } from './render-home.js';
import type { SlackDeps } from './slack-deps.js';

export function handleHome(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const dossier = deps.dossier();
    await client.views.publish({ user_id: event.user, view: renderHome(dossier.help(), dossier.sources()) });
  });
}
