/** What the webhook page hands its client components: labels and dates already in the reader's language and the conference's zone. */
export type DeliveryView = {
  id: string;
  type: string;
  at: string;
  status: "pending" | "sending" | "delivered" | "failed";
  attempts: number;
  lastStatus: number | null;
  lastResponse: string | null;
  nextAt: string | null;
};

export type EndpointView = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  state: "active" | "off" | "failing";
  disabledAt: string | null;
  failingSince: string | null;
  deliveryCount: number;
  deliveries: DeliveryView[];
};
