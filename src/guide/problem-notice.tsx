import type { GuideBundle } from '../engine/bundle.ts';
import type { ReplayProblem } from '../engine/url.ts';

/** A value from the URL as shown in a message: never longer than a line (a link can hold anything). */
function shown(value: string | null): string {
  const v = value ?? '';
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** A clear Swedish message when a link does not fit the guide (tampered, mistyped or outdated). */
export function ProblemNotice({ bundle, problems }: { bundle: GuideBundle; problems: ReplayProblem[] }) {
  const lines = problems.map((p) => {
    switch (p.kind) {
      case 'annan-version':
        return p.version
          ? `Länken gjordes för en annan version av guiden (version ${shown(p.version)}, nu ${bundle.index.frontmatter.version}). Frågorna kan ha ändrats.`
          : 'Länken saknar uppgift om guidens version, så vi kan inte veta att svaren betyder samma sak i dag.';
      case 'okand-nyckel':
        return `Länken innehåller något som guiden inte känner till ("${shown(p.key)}").`;
      case 'okant-svar':
        return `Svaret "${shown(p.value)}" finns inte på frågan "${bundle.questions[p.node]?.frontmatter.rubrik ?? p.node}".`;
    }
  });
  return (
    <div className="problem" role="alert" tabIndex={-1} data-guide-problem>
      <h2 className="problem__title">Länken stämmer inte helt</h2>
      <ul>
        {[...new Set(lines)].map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p>
        Vi visar därför inget resultat. Kontrollera svaret på frågan nedan och dina tidigare svar, och tryck på Fortsätt.
      </p>
    </div>
  );
}
