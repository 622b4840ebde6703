"""socket.io channel for the web widget: Rasa 3.6's own one cannot send custom JSON.

rasa.core.channels.socketio.SocketIOOutput.send_custom_json calls
`sio.emit(event, **json_message)`, so a message such as {"ariane": {...}} raises
TypeError (emit() got an unexpected keyword argument 'ariane'); the turn stops there
and the tracker is not saved. This output emits the JSON as the event's data instead.
Use it in credentials.yml as `rasa_project.channels.SocketIOInput:` with the same keys
as `socketio:`.
"""
import json
from typing import Any, Dict, Text

import rasa.shared.utils.io
from rasa.core.channels import socketio as _socketio
from rasa.core.channels.channel import UserMessage


class SocketIOOutput(_socketio.SocketIOOutput):
    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self._send_message(recipient_id, json_message)


class SocketIOInput(_socketio.SocketIOInput):
    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def get_output_channel(self):
        return None if self.sio is None else SocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message):
        bp = super().blueprint(on_new_message)
        sio = self.sio

        # Replaces the stock handler (same event and namespace): identical but for the output class.
        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Dict) -> None:
            output_channel = SocketIOOutput(sio, self.bot_message_evt)
            if self.session_persistence:
                if not data.get("session_id"):
                    rasa.shared.utils.io.raise_warning("A message without a valid session_id was received.")
                    return
                sender_id = data["session_id"]
            else:
                sender_id = sid
            metadata = data.get(self.metadata_key, {})
            if isinstance(metadata, Text):
                metadata = json.loads(metadata)
            await on_new_message(UserMessage(data.get("message", ""), output_channel, sender_id,
                                             input_channel=self.name(), metadata=metadata))

        return bp
