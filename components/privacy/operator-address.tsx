import type { OperatorSettings } from "@/lib/privacy/schema";
import styles from "./privacy.module.css";

/** The operator's name, address and contact as an <address> block (Impressum and privacy page). */
export function OperatorAddress({ operator, labels }: { operator: OperatorSettings; labels: { email: string; phone: string; representative: string } }) {
  return (
    <address className={styles.lines}>
      <strong>{operator.name}</strong>
      {operator.address && <>{"\n" + operator.address}</>}
      {operator.representative && <>{`\n${labels.representative}: ${operator.representative}`}</>}
      {operator.email && (
        <>
          {`\n${labels.email}: `}
          <a href={`mailto:${operator.email}`}>{operator.email}</a>
        </>
      )}
      {operator.phone && <>{`\n${labels.phone}: ${operator.phone}`}</>}
    </address>
  );
}
