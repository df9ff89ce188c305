import nodemailer from 'nodemailer';
import type { Config } from './config';

// Delivery channels for notices beyond the in-app centre. Each is one small implementation of Sender;
// SMS and enterprise WeChat / DingTalk gateways are vendor contracts, so they ship as logging senders
// that record what would be sent until an installation plugs its gateway in.

export type Channel = 'email' | 'sms' | 'wecom' | 'dingtalk';
export type OutgoingMessage = { to: string; subject: string; text: string };

export type Sender = {
  channel: Channel;
  send(message: OutgoingMessage): Promise<void>;
};

export function loggingSender(channel: Channel, log: { info(obj: object, msg: string): void }): Sender {
  return {
    channel,
    async send(m) {
      log.info({ channel, to: m.to, subject: m.subject }, 'notification (logged, no gateway configured)');
    },
  };
}

/** E-mail through an SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587). */
export function smtpSender(url: string, from: string): Sender {
  const transport = nodemailer.createTransport(url);
  return {
    channel: 'email',
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

export type Senders = Partial<Record<Channel, Sender>>;

export function createSenders(config: Pick<Config, 'smtpUrl' | 'smtpFrom'>, log: { info(obj: object, msg: string): void }): Senders {
  return {
    email: config.smtpUrl ? smtpSender(config.smtpUrl, config.smtpFrom) : loggingSender('email', log),
    sms: loggingSender('sms', log),
    wecom: loggingSender('wecom', log),
    dingtalk: loggingSender('dingtalk', log),
  };
}
