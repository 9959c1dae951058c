// The sandbox's own words (not Kompis's, not Slack's) in the acting person's language: the top bar, the sidebar,
// the getting-started note and the notes the page shows. Slack's own client words ("Only visible to you",
// "(optional)") stay English, as Slack shows them to Norwegian and Swedish users too.
const WORDS = {
  en: {
    skip: 'Skip to messages', acting: 'Acting as', runNext: 'Run next scheduled job', reset: 'Reset',
    offline: 'Reconnecting to the sandbox…', conversations: 'Conversations', send: 'Send', thread: 'Thread',
    reply: 'Reply', replyHint: 'Reply…', closeThread: 'Close thread', join: 'Join channel',
      notMember: 'You are not a member of',
    channels: 'Channels', groups: 'Group messages', apps: 'Apps', notMemberTag: ' (not a member)', home: 'Home',
    messages: 'Messages', app: 'App', noHome: 'Kompis has not published a Home tab for you.', nextJob: 'Next job:',
    noJob: 'No job scheduled', time: 'Sandbox time:',
      composer: (where) => `Message ${where}, or a command such as /kompis help`,
    ran: (what, when) => `Ran the next scheduled job: ${what} (planned for ${when}).`,
      nothing: 'Nothing is scheduled yet.',
    resetAsk: 'Reset deletes everything in this sandbox (messages, answers, schedules) and starts over. Continue?',
    resetting: 'Starting over…', manager: 'manager', fresh: (n) => `${n} new message${n > 1 ? 's' : ''}`,
    jobs: { reflect: 'a reflection prompt', aar: 'an after-action review reminder or follow-up',
      pairs: 'learning pairs',
      sixhats: 'a six thinking hats round', lessons: 'the lessons of the week', other: 'a scheduled job' },

    welcome: {
      title: 'Welcome to the Kompis sandbox',
      intro: (name, manager) =>
        `This is the real Kompis talking to an emulated Slack workspace. You are acting as ${name}`
        + `${manager ? ' (a manager)' : ''}.`,
      type: ['Type a slash command below, for example', 'Commands in this build:'],
      others: 'Switch "Acting as" to answer as someone else: '
        + 'Norwegian and Swedish colleagues see Kompis in their language.',
      runNext: '"Run next scheduled job" moves the sandbox clock to the next weekly prompt, reminder or follow-up '
        + 'and runs it now.',
      reset: '"Reset" deletes everything and starts over.', gotIt: 'Got it',
      workspaces: '"Workspace" switches to a second Slack workspace with the same Kompis installed; the note in the '
        + 'sidebar says what a second install changes.',
    },
    emulator: { title: 'Emulator', unsupported: 'Web API methods not emulated (answered ok:true, did nothing):',
      allEmulated: 'Every Web API call so far was emulated.' },
    workspace: 'Workspace',
    installs: { title: 'Two workspaces, one Kompis',
      body: 'Kompis is installed in two emulated Slack workspaces, as with "Add to Slack" in each. '
        + 'What a second install changes:',
      points: ['Its own settings: /kompis settings there changes the language, time zone and holidays of that '
        + 'workspace only.',
      'Its own lessons: a lesson written in one workspace is not found by /lessons in the other.',
      'Its own schedules: prompts and reminders come in that workspace\'s channels and time zone.',
      'The same Kompis process and database serve both; each workspace has its own token.'] },
  },
  nb: {
    skip: 'Hopp til meldingene', acting: 'Du er', runNext: 'Kjør neste planlagte jobb', reset: 'Start på nytt',
    offline: 'Kobler til sandkassen igjen …', conversations: 'Samtaler', send: 'Send', thread: 'Tråd',
    reply: 'Svar', replyHint: 'Svar …', closeThread: 'Lukk tråden', join: 'Bli med i kanalen',
      notMember: 'Du er ikke medlem av',
    channels: 'Kanaler', groups: 'Gruppemeldinger', apps: 'Apper', notMemberTag: ' (ikke medlem)', home: 'Hjem',
    messages: 'Meldinger', app: 'App', noHome: 'Kompis har ikke lagt ut noen Hjem-fane for deg.',
      nextJob: 'Neste jobb:',
    noJob: 'Ingen jobb er planlagt', time: 'Tid i sandkassen:',
      composer: (where) => `Skriv til ${where}, eller en kommando som /kompis help`,
    ran: (what, when) => `Kjørte neste planlagte jobb: ${what} (planlagt ${when}).`,
      nothing: 'Ingenting er planlagt ennå.',
    resetAsk: 'Dette sletter alt i sandkassen (meldinger, svar, tidsplaner) og starter på nytt. Vil du fortsette?',
    resetting: 'Starter på nytt …', manager: 'leder', fresh: (n) => `${n} ${n > 1 ? 'nye meldinger' : 'ny melding'}`,
    jobs: { reflect: 'et refleksjonsspørsmål', aar: 'en påminnelse eller oppfølging fra en erfaringsgjennomgang',
      pairs: 'læringspar', sixhats: 'en runde med tenkehatter', lessons: 'ukens lærdommer', other: 'en planlagt jobb' },

    welcome: {
      title: 'Velkommen til sandkassen for Kompis',
      intro: (name, manager) => `Dette er den ekte Kompis, koblet til et simulert Slack-arbeidsområde. Du er ${name}`
        + `${manager ? ' (leder)' : ''}.`,
      type: ['Skriv en kommando nedenfor, for eksempel', 'Kommandoer i denne versjonen:'],
      others: 'Bytt person i «Du er» for å svare som en annen. '
        + 'Norske og svenske kolleger ser Kompis på sitt eget språk.',
      runNext: '«Kjør neste planlagte jobb» flytter klokka i sandkassen fram til neste ukentlige spørsmål, påminnelse '
        + 'eller oppfølging og kjører den med en gang.',
      reset: '«Start på nytt» sletter alt og begynner helt fra begynnelsen.', gotIt: 'Forstått',
      workspaces: '«Arbeidsområde» bytter til et annet Slack-arbeidsområde der den samme Kompis er lagt til. '
        + 'Teksten i sidefeltet forteller hva en installasjon til endrer.',
    },
    emulator: { title: 'Emulator',
      unsupported: 'Web API-metoder som ikke er emulert (svarte ok:true og gjorde ingenting):',
      allEmulated: 'Alle kall til Web API så langt er emulert.' },
    workspace: 'Arbeidsområde',
    installs: { title: 'To arbeidsområder, én Kompis',
      body: 'Kompis er lagt til i to simulerte Slack-arbeidsområder, som med «Legg til i Slack» i hvert av dem. '
        + 'Dette endrer en installasjon til:',
      points: ['Egne innstillinger: /kompis settings der endrer språk, tidssone og helligdager bare for det '
        + 'arbeidsområdet.',
      'Egne lærdommer: en lærdom skrevet i det ene arbeidsområdet finner du ikke med /lessons i det andre.',
      'Egne tidsplaner: spørsmål og påminnelser kommer i arbeidsområdets egne kanaler og tidssone.',
      'Den samme Kompis-prosessen og databasen betjener begge, men hvert arbeidsområde har sitt eget token.'] },
  },
  sv: {
    skip: 'Hoppa till meddelandena', acting: 'Du är', runNext: 'Kör nästa schemalagda jobb', reset: 'Börja om',
    offline: 'Ansluter till sandlådan igen …', conversations: 'Konversationer', send: 'Skicka', thread: 'Tråd',
    reply: 'Svara', replyHint: 'Svara …', closeThread: 'Stäng tråden', join: 'Gå med i kanalen',
      notMember: 'Du är inte medlem i',
    channels: 'Kanaler', groups: 'Gruppmeddelanden', apps: 'Appar', notMemberTag: ' (inte medlem)', home: 'Hem',
    messages: 'Meddelanden', app: 'App', noHome: 'Kompis har inte lagt ut någon Hem-flik för dig.',
      nextJob: 'Nästa jobb:',
    noJob: 'Inget jobb är schemalagt', time: 'Tid i sandlådan:',
      composer: (where) => `Skriv till ${where}, eller ett kommando som /kompis help`,
    ran: (what, when) => `Körde nästa schemalagda jobb: ${what} (planerat till ${when}).`,
      nothing: 'Inget är schemalagt ännu.',
    resetAsk: 'Det här raderar allt i sandlådan (meddelanden, svar, scheman) och börjar om. Vill du fortsätta?',
    resetting: 'Börjar om …', manager: 'chef', fresh: (n) => `${n} ${n > 1 ? 'nya meddelanden' : 'nytt meddelande'}`,
    jobs: { reflect: 'en reflektionsfråga', aar: 'en påminnelse eller uppföljning från en återblick',
      pairs: 'lärpar', sixhats: 'en omgång med tänkande hattar', lessons: 'veckans lärdomar',
        other: 'ett schemalagt jobb' },

    welcome: {
      title: 'Välkommen till sandlådan för Kompis',
      intro: (name, manager) =>
        `Det här är den riktiga Kompis, kopplad till en simulerad Slack-arbetsyta. Du är ${name}`
        + `${manager ? ' (chef)' : ''}.`,
      type: ['Skriv ett kommando nedan, till exempel', 'Kommandon i den här versionen:'],
      others: 'Byt person under ”Du är” för att svara som någon annan. Norska och svenska kollegor ser Kompis på sitt '
        + 'eget språk.',
      runNext: '”Kör nästa schemalagda jobb” flyttar sandlådans klocka fram till nästa veckofråga, påminnelse eller '
        + 'uppföljning och kör den direkt.',
      reset: '”Börja om” raderar allt och startar sandlådan på nytt.', gotIt: 'Uppfattat',
      workspaces: '”Arbetsyta” byter till en annan Slack-arbetsyta där samma Kompis är tillagd. '
        + 'Texten i sidofältet berättar vad en installation till ändrar.',
    },
    emulator: { title: 'Emulator',
      unsupported: 'Web API-metoder som inte emuleras (svarade ok:true och gjorde ingenting):',
      allEmulated: 'Alla anrop till Web API hittills har emulerats.' },
    workspace: 'Arbetsyta',
    installs: { title: 'Två arbetsytor, en Kompis',
      body: 'Kompis är tillagd i två simulerade Slack-arbetsytor, som med ”Lägg till i Slack” i var och en. '
        + 'Det här ändrar en installation till:',
      points: ['Egna inställningar: /kompis settings där ändrar språk, tidszon och helgdagar bara för den '
        + 'arbetsytan.',
      'Egna lärdomar: en lärdom som skrivs i den ena arbetsytan hittar du inte med /lessons i den andra.',
      'Egna scheman: frågor och påminnelser kommer i arbetsytans egna kanaler och tidszon.',
      'Samma Kompis-process och databas betjänar båda, men varje arbetsyta har en egen token.'] },
  },
};

/** The words for a person: their Slack locale when it is Norwegian or Swedish, else English. */
export function wordsFor(person) {
  const base = (person?.locale ?? 'en').slice(0, 2).toLowerCase();
  const lang = base === 'nb' || base === 'no' || base === 'nn' ? 'nb' : base === 'sv' ? 'sv' : 'en';
  return { lang, ...WORDS[lang] };
}

/** A job id such as "aar.action_due" as a person would say it; the id itself is the server's business. */
export function jobName(words, job) {
  const ritual = String(job ?? '').split(/[.:]/)[0];
  return words.jobs[ritual] ?? words.jobs.other;
}

/** The static page text marked data-t="key" (text) or data-t-label="key" (aria-label) / data-t-ph (placeholder). */
export function translatePage(words) {
  document.documentElement.lang = words.lang;
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = words[e.dataset.t]; });
  document.querySelectorAll('[data-t-label]').forEach((e) => { e.setAttribute('aria-label',
    words[e.dataset.tLabel]); });
  document.querySelectorAll('[data-t-ph]').forEach((e) => { e.placeholder = words[e.dataset.tPh]; });
}
