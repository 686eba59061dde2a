/** Purpose or category ids, as the catalogue names them. */
export function PurposeList({ purposes }: { purposes: readonly string[] }) {
  return (
    <ul className="tags">
      {purposes.map((purpose) => (
        <li key={purpose}>
          <code>{purpose}</code>
        </li>
      ))}
    </ul>
  );
}
