/** A preview row's reasons for refusal, as a list (none for a row that passes). */
export function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="list-disc pl-4 text-red-800">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
