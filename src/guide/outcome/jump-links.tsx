/** "På sidan": one row of links under the verdict to the parts of a long outcome page. */
export function JumpLinks({ links }: { links: { id: string; label: string }[] }) {
  return (
    <nav className="jump-links no-print" aria-label="På sidan">
      <ul>
        {links.map((l) => (
          <li key={l.id}>
            <a href={`#${l.id}`}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
