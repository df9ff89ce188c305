// Public surface of the notification centre: other modules call notify(); delivery happens after commit.
export { notificationRoutes } from './notifications.routes';
export { deliver, notify, type Delivery, type Notice } from './notify';
export { NOTIFICATION_TYPES, type NotificationType } from './notification-types';
