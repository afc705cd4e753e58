/**
 * The one email layout. React Email renders tables and inline styles that Outlook and Gmail show
 * alike; every template describes its content as blocks and this file draws them.
 */
import { Body, Button, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactElement } from "react";

export type Block =
  | { type: "text"; text: string }
  | { type: "small"; text: string }
  | { type: "button"; label: string; href: string }
  | { type: "link"; label: string; href: string; before?: string }
  | { type: "facts"; rows: { label: string; value: string }[] }
  | { type: "list"; title: string; items: { title: string; detail: string; lang?: string }[] }
  | { type: "qr"; cid: string; alt: string; caption: string }
  | { type: "rule" };

const font = "Arial, 'Helvetica Neue', Helvetica, sans-serif";
const styles = {
  body: { backgroundColor: "#f6f7f9", fontFamily: font, margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", border: "1px solid #d5dbe3", borderRadius: "8px", maxWidth: "600px", padding: "32px" },
  brand: { color: "#0b5394", fontSize: "14px", fontWeight: 700, letterSpacing: "0.04em", margin: "0 0 16px" },
  heading: { color: "#1b2430", fontSize: "22px", lineHeight: "1.3", margin: "0 0 16px" },
  text: { color: "#1b2430", fontSize: "16px", lineHeight: "1.55", margin: "0 0 16px", whiteSpace: "pre-line" as const },
  small: { color: "#4f5b69", fontSize: "13px", lineHeight: "1.5", margin: "0 0 12px", whiteSpace: "pre-line" as const },
  button: { backgroundColor: "#0b5394", borderRadius: "6px", color: "#ffffff", fontSize: "16px", fontWeight: 700, padding: "12px 20px", textDecoration: "none" },
  factLabel: { color: "#4f5b69", fontSize: "12px", fontWeight: 700, letterSpacing: "0.06em", margin: "0", textTransform: "uppercase" as const },
  factValue: { color: "#1b2430", fontSize: "16px", margin: "0 0 12px" },
  itemTitle: { color: "#1b2430", fontSize: "15px", fontWeight: 700, margin: "0" },
  itemDetail: { color: "#4f5b69", fontSize: "14px", margin: "0 0 10px" },
};

export function EmailLayout({ lang, preview, heading, blocks, footer }: { lang: string; preview: string; heading: string; blocks: Block[]; footer: string }): ReactElement {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>TAGUNG</Text>
          <Heading as="h1" style={styles.heading}>
            {heading}
          </Heading>
          {blocks.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
          <Hr style={{ borderColor: "#d5dbe3", margin: "24px 0 16px" }} />
          <Text style={styles.small}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case "text":
      return <Text style={styles.text}>{block.text}</Text>;
    case "small":
      return <Text style={styles.small}>{block.text}</Text>;
    case "button":
      return (
        <Section style={{ margin: "8px 0 24px" }}>
          <Button href={block.href} style={styles.button}>
            {block.label}
          </Button>
        </Section>
      );
    case "link":
      return (
        <Text style={styles.small}>
          {block.before ? `${block.before} ` : ""}
          <Link href={block.href} style={{ color: "#0b5394" }}>
            {block.label}
          </Link>
        </Text>
      );
    case "facts":
      return (
        <Section style={{ margin: "0 0 8px" }}>
          {block.rows.map((row) => (
            <div key={row.label}>
              <Text style={styles.factLabel}>{row.label}</Text>
              <Text style={styles.factValue}>{row.value}</Text>
            </div>
          ))}
        </Section>
      );
    case "list":
      return (
        <Section style={{ backgroundColor: "#f6f7f9", borderRadius: "6px", margin: "0 0 16px", padding: "16px" }}>
          <Text style={{ ...styles.factLabel, margin: "0 0 10px" }}>{block.title}</Text>
          {block.items.map((item, i) => (
            <div key={i}>
              <Text style={styles.itemTitle} lang={item.lang}>
                {item.title}
              </Text>
              <Text style={styles.itemDetail}>{item.detail}</Text>
            </div>
          ))}
        </Section>
      );
    case "qr":
      return (
        <Section style={{ margin: "0 0 16px", textAlign: "center" as const }}>
          <Img src={`cid:${block.cid}`} alt={block.alt} width="180" height="180" style={{ margin: "0 auto" }} />
          <Text style={styles.small}>{block.caption}</Text>
        </Section>
      );
    case "rule":
      return <Hr style={{ borderColor: "#d5dbe3", margin: "16px 0" }} />;
  }
}
