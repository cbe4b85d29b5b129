### Spanish (es): the app's own words, the same messages as content/ui.ftl (see its header) in
### Spanish; only the words differ. Messages whose words change with a number, or with the hour
### ("a la 1"), are listed in TRANSLATION-NOTES.md.

# The language's own name, as Settings offers it.
language-name = Español

## app

app-name = Aftercare
# What the window, the tray and reminders are called when the app is discreet: a plain word
# that says nothing of what the app is for. Reminders always use it.
app-neutral_name = Recordatorios
app-loading = Preparando todo…
app-saved = Guardado.
app-saved_locked = Guardado en privado. Pasará a tu historial cuando desbloquees.

## welcome

welcome-title = Te damos la bienvenida a Aftercare
welcome-intro = Un lugar tranquilo para los minutos, las horas y los días después del sexo: pequeños gestos de cuidado, preguntas amables para ver cómo estás y un diario privado.
welcome-private = Todo lo que guardas se queda en este dispositivo, cifrado con una contraseña que solo conoces tú. No se envía nada a ninguna parte.
welcome-no_recovery = No hay forma de recuperar una contraseña olvidada, ni siquiera por nuestra parte. Si la olvidas, solo podrás empezar de cero.
welcome-passphrase_tip = Unas cuantas palabras que vayas a recordar (como «tetera azul domingo») son más seguras que un código corto.
welcome-passcode = Elige una contraseña
welcome-confirm = Escríbela otra vez
welcome-create = Empezar a usar Aftercare
welcome-look_around = Echar un vistazo primero
welcome-creating = Preparando tu espacio privado…
welcome-mismatch = Todavía no coinciden. Prueba a escribirlas de nuevo.
welcome-too_short = { $min ->
        [one] Usa al menos { $min } carácter, por favor.
       *[other] Usa al menos { $min } caracteres, por favor.
    }
welcome-not_tied = Todo listo. Este dispositivo no tiene un llavero del sistema que Aftercare pueda usar, así que solo tu contraseña protege lo que guardas. Si más adelante aparece uno, al cambiar la contraseña tus datos quedarán vinculados también a este dispositivo.

## start_again

start_again-title = Empecemos de nuevo
start_again-text = Aftercare no pudo terminar la última vez: se interrumpió la configuración o un borrado, o falta un archivo que necesita. Lo que queda aquí no se puede abrir, ni por ti ni por nadie, así que para seguir hay que borrarlo y empezar de cero.
start_again-button = Borrarlo y empezar de nuevo

## forgot

forgot-title = ¿Olvidaste tu contraseña?
forgot-text = No hay forma de recuperarla, ni siquiera por nuestra parte: eso es lo que mantiene tus palabras en privado. Lo que sí puedes hacer es empezar de nuevo. Eso borra todo lo que Aftercare guardó en este dispositivo (cada momento, cada registro, cada entrada del diario y tu tarjeta) y después eliges una contraseña nueva.
forgot-button = Borrarlo todo y empezar de nuevo
forgot-back = Ya me acuerdo

## unlock

unlock-title = Hola de nuevo
unlock-forgot = ¿Olvidaste tu contraseña?
unlock-kept_aside = Algo que se guardó mientras la app estaba bloqueada no se pudo abrir, así que no está en tu historial. Se ha guardado aparte, no se ha borrado.
unlock-files_rewritten = Mientras la app estaba bloqueada, algo ajeno a Aftercare cambió uno de los archivos que guarda junto a tus datos. La app apartó ese archivo y lo volvió a crear a partir de lo que tienes guardado. No se ha perdido nada de lo que guardaste.
unlock-auto_deleted = Como elegiste, el borrado automático eliminó cosas antiguas al desbloquear ({ $total } en total).
unlock-hint = Desbloquea para ver tu historial y tu diario. Las acciones rápidas funcionan sin desbloquear.
unlock-passcode = Contraseña
unlock-submit = Desbloquear
unlock-working = Desbloqueando…
unlock-wrong = Esa contraseña no coincide. Tómate tu tiempo y vuelve a intentarlo.
unlock-wait = Demasiados intentos por ahora. Espera { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } y vuelve a intentarlo.
unlock-back = Volver a las acciones rápidas

## biometric

biometric-title = Desbloquear con tu huella o tu cara
biometric-text = Tu contraseña sigue siendo la forma de entrar; esto añade una segunda que solo este teléfono puede usar. Una copia de lo que guardas no se abrirá con ella en ningún otro sitio. Si cambias la contraseña, o añades una huella o una cara al teléfono, vuelve a activarlo.
biometric-passcode = Tu contraseña, para activarlo
biometric-turn_on = Activar
biometric-turn_off = Desactivar
biometric-on = Activado: tu huella o tu cara desbloquean la app en este teléfono.
biometric-off = Desactivado: solo tu contraseña desbloquea la app.
biometric-unlock = Desbloquear con huella o cara
biometric-prompt_title = Desbloquear
biometric-prompt_reason = Confirma que eres tú
biometric-prompt_cancel = Usar la contraseña

## home

home-title = Aftercare
home-greeting = Respira. ¿Qué te sentaría bien ahora mismo?
home-actions_label = Pequeños gestos de cuidado
home-privacy_note = Todo se queda en este dispositivo.
home-lock = Bloquear
home-lock_label = Bloquear la app
home-unlock = Desbloquear
home-locked_note = App bloqueada. Los toques se siguen guardando, en privado.
home-files_altered = Algo ajeno a Aftercare cambió uno de los archivos que guarda junto a tus datos, así que la app no se fía de él por ahora. Al desbloquear se arregla. Nada de lo que guardaste se ve afectado.
home-looking_around = Estás echando un vistazo. No se guarda nada hasta que elijas una contraseña.
home-set_up = Elige una contraseña
home-moment_now = Este momento, desde { $hour ->
        [1] la
       *[other] las
    } { $time }: { $actions }
home-moment_none = Aún no hay nada anotado en este momento.
home-moment_since = Este momento, desde { $hour ->
        [1] la
       *[other] las
    } { $time }.
home-moment_ended = Ese momento terminó a { $hour ->
        [1] la
       *[other] las
    } { $time }. Tu próximo toque empezará uno nuevo.
home-end_moment = Terminar este momento
home-check_in = ¿Cómo estás?
home-remind = Recuérdamelo más tarde
home-journal = Diario
home-history = Historial
home-insights = Lo que me ayuda
home-learn = Aprender
home-settings = Ajustes
home-my_card = Mi tarjeta
home-before = Antes de empezar
home-more_label = Más

## action_card

action_card-back = Atrás
action_card-back_label = Atrás, a todas las acciones
action_card-steps = Cómo
action_card-say = Podrías decir
action_card-ask = Si eres tú quien lo necesita, podrías pedirlo así
action_card-for_me = Para ti
action_card-for_partner = Para quien te acompaña
action_card-for_together = Compartido
action_card-record = Lo hice
action_card-not_yet = Mientras echas un vistazo no se guarda nada. Elige una contraseña cuando te venga bien y, a partir de entonces, se guardarán los toques.
action_card-undo = Deshacer
action_card-undo_label = Deshacer: no guardar esto
action_card-undone = Sin guardar. No se ha conservado nada.

## own_tiles

own_tiles-title = Tus propios cuidados
own_tiles-intro = Añade cuidados que sean tuyos: lo que te ayuda, con tus palabras y tus propios pasos. Aparecen en Inicio junto a los demás.
own_tiles-empty = Todavía ninguno.
own_tiles-add = Añadir uno propio
own_tiles-edit = Editar
own_tiles-edit_label = Editar «{ $care }»
own_tiles-delete = Borrar
own_tiles-delete_label = Borrar «{ $care }»
own_tiles-delete_confirm = ¿Borrar este cuidado? Lo que ya registraste con él se queda en tu historial.
own_tiles-delete_yes = Sí, borrarlo
own_tiles-deleted = Borrado.
own_tiles-field_title = Título
own_tiles-field_steps = Pasos, uno por línea (hasta 8)
own_tiles-field_say = Podrías decir (opcional)
own_tiles-show_locked = Mostrar en Inicio con la app bloqueada
own_tiles-show_locked_hint = Así, cualquiera que tenga este dispositivo en la mano podrá leer su título, sin tu contraseña.
own_tiles-shown_locked = Se muestra en Inicio con la app bloqueada
own_tiles-save = Guardar
own_tiles-cancel = Cancelar
own_tiles-saved = Guardado.
own_tiles-title_needed = Ponle un título, de hasta 60 caracteres.
own_tiles-too_many_steps = Hasta 8 pasos, uno por línea y de hasta 200 caracteres cada uno.
own_tiles-behind_passcode = Tus pasos para este cuidado están protegidos por tu contraseña.
own_tiles-unlock = Desbloquear
own_tiles-removed = Cuidado propio (eliminado)

## my_card

my_card-title = Mi tarjeta de cuidados
my_card-intro = Lo que te ayuda después del sexo, con tus palabras. Compártela antes, para que nadie tenga que adivinar. Todas las partes son opcionales.
my_card-own_words = Con mis palabras
my_card-save = Guardar mi tarjeta
my_card-saved = Guardada.
my_card-before = Antes de empezar
my_card-before_intro = Enséñalo o léelo en voz alta.
my_card-ask_them = ¿Y tú?
my_card-ask_1 = ¿Qué sueles necesitar después?
my_card-ask_2 = ¿Hay algo que prefieras que no haga?
my_card-copy = Copiar como texto
my_card-copied = Copiado. Pégalo en cualquier chat.
my_card-copy_manual = Selecciona el texto de arriba y cópialo.
my_card-image = Guardar como imagen con código QR
my_card-image_caption = Apunta aquí con la cámara de un teléfono para leer esta tarjeta como texto.
my_card-image_note = Antes de guardarla: la imagen no está cifrada como el resto de la app. Cualquiera que abra el archivo puede leer tu tarjeta, y se queda donde la guardes, incluso después de «Borrar todo». Puedes borrarla tú cuando quieras.
my_card-image_saved = Imagen guardada en { $path }.
my_card-edit = Editar mi tarjeta
my_card-remind_check_tomorrow = Pediste que mañana te preguntaran cómo estás: recuérdamelo mañana a esta hora
my_card-not_now = Ahora no
my_card-not_now_label = Ahora no: esta vez, sin recordatorio para mañana
my_card-empty = Esta tarjeta sigue en blanco, y no pasa nada. Lo más amable es preguntar: ¿qué necesitas ahora mismo?
my_card-yes = Sí, por favor
my_card-no = No hace falta

## their_cards
## Their cards: cards others shared with you, read on this device and kept here (issue 29).

their_cards-title = Tarjetas recibidas
their_cards-intro = Tarjetas que otras personas compartieron contigo, guardadas aquí con cifrado, como todo lo demás. Es buena idea leerlas en compañía antes de que empiece nada.
their_cards-empty = Todavía ninguna. Cuando alguien comparta su tarjeta contigo, podrás añadirla aquí.
their_cards-add = Añadir una tarjeta
their_cards-added = Añadida el { $date }
their_cards-add_title = Añadir una tarjeta
their_cards-add_intro = Elige una imagen de su tarjeta o pega las palabras que te envió. Se lee aquí, en este dispositivo; no se envía nada a ninguna parte.
their_cards-file = Una imagen de su tarjeta
their_cards-file_hint = Un PNG o JPEG, como la imagen que guarda esta app. También puedes soltar el archivo aquí.
their_cards-camera = Usar la cámara
their_cards-paste = O pega las palabras de su tarjeta
their_cards-read = Leer estas palabras
their_cards-reading = Leyendo…
their_cards-preview_title = Esta es su tarjeta
their_cards-preview_card = Su tarjeta
their_cards-not_kept_yet = No se guarda nada hasta que decidas guardarla.
their_cards-name = ¿De quién es esta tarjeta?
their_cards-name_hint = Un nombre o un apodo. Solo lo ves tú.
their_cards-keep = Guardar su tarjeta
their_cards-says = Su tarjeta
their_cards-read_together = Leerla junto a la mía, antes de empezar
their_cards-rename_label = Otro nombre para esta tarjeta
their_cards-rename = Cambiar nombre
their_cards-renamed = Nombre cambiado.
their_cards-delete = Borrar esta tarjeta
their_cards-delete_confirm = ¿Borrar esta tarjeta? Desaparecerá de este dispositivo para siempre.
their_cards-delete_yes = Sí, borrarla
their_cards-beside = Su tarjeta, junto a la mía
their_cards-beside_none = Solo la mía

## send
## "Send them a check-in": words to copy and send, and what they said (issue 29).

send-title = Pregúntale cómo está
send-intro = Elige unas palabras, cámbialas como quieras y cópialas. Envíalas por donde sueles hablar con esa persona, si te apetece y cuando te parezca bien. La app no envía nada y no guarda nada de lo que copias.
send-offer = Pregúntale cómo está
send-offer_label = Pregúntale cómo está, sobre el momento del { $date }
send-about = Sobre el momento del { $date }
send-no_moment = Puedes copiar estas palabras cuando quieras. Cuando haya un momento, podrás anotar en él lo que te responda.
send-pick = Unas palabras para empezar
send-words = Tus palabras
send-copy = Copiar las palabras
send-copied = Copiado. Pégalo donde sueles hablar con esa persona.
send-copy_manual = Selecciona las palabras de arriba y cópialas.
send-share = Enviar con otra app
send-shared = Tu teléfono te muestra dónde enviarlo. La app no envía nada por sí misma.
send-nothing_to_copy = Primero elige o escribe unas palabras.
send-answer_title = ¿Qué te respondió?
send-answer_intro = Si te respondió, puedes anotarlo aquí, con este momento. Se guarda cifrado, como un registro. Que no responda también es una respuesta.
send-note = Anotar su respuesta
send-noted = Anotado. Está con este momento en tu historial.

## check_in

check_in-title = ¿Cómo estás?
check_in-intro = Responde tanto o tan poco como quieras. Todo se puede saltar.
check_in-company_label = ¿Con quién fue?
check_in-company_partner = Con mi pareja
check_in-company_casual = Alguien sin compromiso
check_in-company_group = Más de una persona
check_in-company_solo = A solas
check_in-ask_them = Para preguntarle
check_in-ask_them_hint = Léelas en voz alta, si te parece bien.
check_in-ask_you = Para ti
check_in-scales = ¿Cómo estás ahora mismo?
check_in-scale_body = Cuerpo
check_in-scale_feelings = Emociones
check_in-scale_mind = Mente
check_in-scale_desire = Deseo
check_in-scale_clear = Borrar
check_in-scale_clear_label = Borrar tu respuesta de «{ $scale }»
check_in-note = Una nota, si quieres
check_in-save = Guardar respuestas
check_in-saved = Respuestas guardadas. Trátate con cariño.
check_in-follow_ups = Sobre tus respuestas
check_in-follow_up_read = Leer: { $title }
check_in-follow_up_care = Probar: { $title }
check_in-follow_up_calm = Ir a: { $place }
check_in-if_they_say = Si responde «{ $answer }»: { $then }
check_in-since_title = Desde entonces
check_in-since_intro = ¿Cómo has estado desde entonces? Responde tanto o tan poco como quieras. Todo se puede saltar.
check_in-since_drop = ¿Un bajón uno o dos días después? Lee más sobre esto

## reminder_answer

reminder_answer-okay = Anotado: desde entonces estás bien. Gracias por contarlo.
reminder_answer-later = Te volveré a preguntar a { $hour ->
        [1] la
       *[other] las
    } { $time }.
reminder_answer-check_in = Cuando quieras: ¿cómo has estado desde entonces?

## follow_up

follow_up-plan = Pregúntame cómo estoy mañana y dentro de tres días
follow_up-set = Te preguntaré el { $first } y otra vez el { $second }.

## journal

journal-title = Diario
journal-write = Escribir
journal-search = Buscar en tu diario
journal-search_button = Buscar
journal-empty = Aún no hay nada. Cuando te apetezca escribir, este es tu espacio.
journal-no_results = Ninguna entrada coincide con esa búsqueda.
journal-editor_title = Entrada del diario
journal-body = Tus palabras
journal-prompts = ¿Necesitas una idea para empezar?
journal-save = Guardar
journal-delete = Borrar
journal-delete_confirm = ¿Borrar esta entrada? No se podrá recuperar.
journal-delete_yes = Sí, borrarla
journal-cancel = Conservarla
journal-linked_moment = De un momento del { $date }
journal-link_moment = Vincularla a este momento (desde { $hour ->
        [1] la
       *[other] las
    } { $time })
journal-edited = Editada
journal-draft_saved = Tu borrador se guardó antes de que la app se bloqueara.
journal-draft_kept = Tus palabras de antes siguen aquí. Todavía no están guardadas.

## journal.prompt

journal-prompt-favourite = Mi momento favorito fue…
journal-prompt-worked = Lo que me funcionó…
journal-prompt-needed = Lo que necesitaba era…
journal-prompt-next_time = Algo que probar la próxima vez…

## history

history-title = Historial
history-empty = Aún no hay momentos. Irán apareciendo aquí a medida que uses la app.
history-moment = { $date }
history-actions = Cuidados
history-check_ins = Registros
history-journal = Diario
history-company_partner = Con mi pareja
history-company_casual = Sin compromiso
history-company_group = Más de una persona
history-company_solo = A solas
history-since_then = Desde entonces · { $date }
history-their_answer = Lo que te respondió · { $date }
history-ended = Terminó a { $hour ->
        [1] la
       *[other] las
    } { $time }
history-delete = Borrar este momento
history-delete_label = Borrar este momento, del { $date }
history-delete_confirm = ¿Borrar este momento, con sus cuidados y registros? Las entradas del diario se quedan, por separado. No se podrá recuperar.
history-delete_yes = Sí, borrarlo
history-deleted = Ese momento se ha borrado.
history-more = Mostrar momentos anteriores

## insights

insights-title = Lo que me ayuda
insights-intro = Calculado en este dispositivo a partir de tus propios registros, y solo para ti. Muestra lo que suele ir de la mano de sentirte mejor, no lo que lo causa: muchas cosas cambian de una vez a otra.
insights-care_title = Cuidados que van de la mano de cómo te sientes
insights-care_none = Todavía no hay suficiente para comparar. Cuando haya al menos tres momentos con un tipo de cuidado y tres sin él, cada uno con las escalas respondidas, aquí verás cómo suelen compararse.
insights-better = Después de los momentos con «{ $care }», tus registros suelen ser un poco mejores (alrededor de { $with } sobre 5, frente a { $without } sin ello).
insights-same = Los momentos con «{ $care }» y sin ello suelen ir más o menos igual (alrededor de { $with } sobre 5 en cualquier caso).
insights-lower = Después de los momentos con «{ $care }», tus registros suelen ser un poco más bajos (alrededor de { $with } sobre 5, frente a { $without } sin ello). Puede haber muchas razones.
insights-since = Uno o más días después: alrededor de { $with } sobre 5 con ello, { $without } sin ello.
insights-waiting = Todavía no hay suficiente para decir nada sobre: { $list }.
insights-days_title = Cómo suelen ir los días siguientes
insights-days_none = Todavía no hay suficiente. Los registros hechos uno o más días después (un recordatorio puede pedírtelos) mostrarían si el bajón suele llegar a los dos o a los tres días.
insights-days_caption = Tus escalas, de media, según el tiempo pasado desde un momento
insights-span = Cuándo
insights-based_on = Registros
insights-span_right_after = Justo después
insights-span_next_day = Al día siguiente
insights-span_day_two = A los dos días
insights-span_day_three = A los tres días
insights-span_later = Más tarde
insights-not_enough = aún no hay suficiente
insights-their_title = Cuando preguntaste cómo estaba
insights-their_hint = Las respuestas que anotaste después de preguntar a alguien cómo estaba, y cuántas veces. Sus propias palabras están con cada momento en tu historial.
insights-their_answer = { $answer }: { $times }
insights-calendar_title = Tus momentos
insights-calendar_hint = Las últimas ocho semanas. Un día marcado tuvo un momento; nada de esto es una meta.
insights-calendar_day = { $date }: un momento
insights-calendar_empty_day = { $date }

## learn

learn-title = Aprender
learn-intro = Un poco sobre los cuidados después del sexo, en palabras sencillas.
learn-not_advice = Información general para ayudarte a cuidarte y a cuidar a otras personas, no consejo médico ni terapéutico. Si algo te preocupa, una clínica, tu centro de salud o un servicio de orientación psicológica pueden ayudarte.
learn-grounding = Prueba el ejercicio de anclaje
learn-grounding_title = Anclaje 5-4-3-2-1
learn-grounding_intro = Estés donde estés, con ropa o sin ella, en la cama o fuera de ella. Puedes saltarte cualquier paso.
learn-step_5 = Nombra cinco cosas que puedas ver, u oír si tienes los ojos cerrados.
learn-step_4 = Fíjate en cuatro cosas que puedas sentir: el aire en la piel, lo que tienes debajo, tus manos, tus pies.
learn-step_3 = Busca tres cosas que puedas oír.
learn-step_2 = Si quieres, busca dos cosas que puedas oler, o dos olores que te gusten. O sáltate este paso.
learn-step_1 = Fíjate en una cosa que puedas saborear, o toma un sorbo de agua.
learn-step_done = Inspira despacio una vez y suelta el aire aún más despacio. Estás aquí.
learn-next = Siguiente
learn-again = Empezar de nuevo
learn-done = Terminar
learn-stop = Parar
learn-stop_label = Parar el anclaje y volver
learn-still_title = ¿Sigues sin estar bien?
learn-still_text = Eso también está bien. Puede ayudar hablar con alguien.
learn-still_people = Mi gente
learn-still_help = Cuándo buscar más ayuda
learn-about = Sobre Aftercare: de dónde vienen sus ideas
learn-see_also = Ver también

## settings

settings-title = Ajustes
settings-language = Idioma
settings-language_use = Usar este idioma
settings-passcode_title = Cambiar la contraseña
settings-current = Contraseña actual
settings-new = Contraseña nueva
settings-change = Cambiar la contraseña
settings-changed = Contraseña cambiada.
settings-passcode_revokes = A partir de ahora, solo la contraseña nueva abre la app en este dispositivo. Una copia de los archivos de la app hecha antes de hoy se seguiría abriendo con la antigua, a menos que también elijas una clave nueva.
settings-rekey = Bloquear también todo con una clave nueva, para que las copias antiguas no se puedan abrir con la contraseña anterior (tarda un momento)
settings-auto_lock = Bloquear tras
settings-moment_window = Los toques forman parte del mismo momento si ocurren en menos de
settings-later = «Más tarde» en un recordatorio vuelve a preguntar tras
settings-morning_hour = Los recordatorios de «Mañana por la mañana» llegan a las
settings-evening_hour = Los recordatorios de «Esta noche» llegan a las
settings-minutes = { $n ->
        [one] { $n } minuto
       *[other] { $n } minutos
    }
settings-hours = { $n ->
        [one] { $n } hora
       *[other] { $n } horas
    }
settings-discreet = Llamar «Recordatorios» a la ventana, para que su nombre no diga para qué es la app
settings-protect_screen = Mantener la app fuera de las capturas de pantalla y de la pantalla compartida, si tu dispositivo lo permite
settings-solo_first = Suelo ver cómo estoy a solas: poner primero en Inicio los cuidados para mí
settings-most_used = Poner primero en Inicio los cuidados que más uso
settings-care_shortcuts = Cuidados desde la bandeja: mis tres primeros cuidados en el menú de la bandeja del sistema, a un clic, incluso con la app bloqueada
settings-care_shortcuts_phone = Cuidados desde el icono de la app: mantenlo pulsado para encontrar mis tres primeros cuidados
settings-haptic_breathing = Guiar la respiración también con una vibración suave: un pulso para inspirar, dos para espirar
settings-tiles_title = Cuidados en Inicio
settings-tiles_hint = Elige qué cuidados aparecen en Inicio y en qué orden.
settings-tile_up = Subir
settings-tile_down = Bajar
settings-tile_up_label = Subir «{ $care }»
settings-tile_down_label = Bajar «{ $care }»
settings-save = Guardar ajustes
settings-saved = Ajustes guardados.
settings-wipe_title = Borrar todo
settings-wipe_text = Esto borra cada momento, registro y entrada del diario de este dispositivo, y también tu contraseña. No se puede deshacer.
settings-wipe_word = borrar
settings-wipe_prompt = Para confirmar, escribe la palabra borrar
settings-wipe_button = Borrar todo
settings-wipe_mismatch = Escribe la palabra borrar para confirmar.
settings-privacy_title = Sobre tu privacidad
settings-privacy_1 = Aftercare no tiene cuentas, ni anuncios, ni analíticas. Nunca se conecta a internet.
settings-privacy_2 = Lo que guardas se cifra en este dispositivo con una clave protegida por tu contraseña.
settings-privacy_3 = Las acciones rápidas que tocas con la app bloqueada se sellan para que solo tu contraseña pueda abrirlas.
settings-privacy_4 = Nadie puede recuperar tu contraseña. Al borrar todo, desaparece todo para siempre.
settings-about = Sobre Aftercare: de dónde vienen sus ideas
settings-tied_yes = Tus datos guardados están vinculados a este dispositivo mediante su llavero del sistema: una copia de los archivos de la app no se abrirá en ningún otro sitio, ni siquiera con tu contraseña.
settings-tied_no = Tus datos guardados no están vinculados a este dispositivo, porque no había ningún llavero del sistema disponible: solo tu contraseña los protege. Al cambiar la contraseña quedarán vinculados, en cuanto este dispositivo tenga un llavero.

## remind

remind-title = Recuérdamelo más tarde
remind-intro = Un aviso amable para volver a ver cómo estás, contigo o con la otra persona. La notificación nunca dice de qué se trata.
remind-in_an_hour = Dentro de una hora, más o menos
remind-tonight = Esta noche
remind-tomorrow_morning = Mañana por la mañana
remind-next_day = Mañana a esta hora
remind-two_days = Dentro de dos días
remind-three_days = Dentro de tres días
remind-custom = A la hora que yo elija
remind-custom_set = Fijar esta hora
remind-set = Te lo recordaré el { $when }.
remind-pending = Próximos
remind-none = No hay recordatorios.
remind-cancel = Cancelar
remind-snooze = Más tarde (1 hora)
remind-wording = Lo que dice la notificación
remind-wording_saved = Guardado.
remind-drop_note = Algunas personas tienen un bajón uno o dos días después de un sexo intenso. Ver cómo estás entonces puede ayudar.

## tray

tray-open = Abrir Aftercare
tray-open_discreet = Abrir
tray-quit = Salir
tray-saved = Guardado.
tray-not_saved = No se ha guardado: abre la app para volver a intentarlo.

## nav

nav-back = Atrás
nav-home = Inicio

## error

error-content = Algo falla en los textos de la propia app. Avísanos, por favor; nada de lo tuyo se ve afectado.
error-storage = La app no pudo acceder a su carpeta privada en este dispositivo. Lo que has guardado está intacto.
error-unknown = Algo salió mal. No se ha perdido nada de lo que guardaste; vuelve a intentarlo, por favor.
error-locked = Primero desbloquea la app, por favor.
error-invalid = Eso no ha funcionado del todo. Revisa lo que has escrito, por favor.
error-not-found = No se encontró ese elemento. Puede que se haya borrado.
error-damaged = No se pudieron abrir tus datos guardados; puede que estén dañados. No se ha cambiado nada.
error-newer-version = Tus datos se guardaron con una versión más nueva de Aftercare. Actualiza la app, por favor.
error-internal = Algo salió mal dentro de la app. No se ha perdido nada de lo que guardaste.
error-weak-passcode = Esa contraseña sería fácil de adivinar, así que mejor elige otra. Unas cuantas palabras sin relación entre sí que vayas a recordar, como «tetera azul domingo», son mucho más difíciles de adivinar que un código corto.
error-untrusted = Esto no se ha podido guardar con la app bloqueada: algo ajeno cambió uno de los archivos que Aftercare guarda junto a tus datos, así que ahora mismo no es de fiar. Desbloquea la app y guárdalo entonces. Nada de lo que guardaste antes se ve afectado.
error-device-key-missing = Tu contraseña necesita la clave propia de este dispositivo para abrir lo que has guardado, y esa clave no está disponible ahora mismo. Si el llavero del sistema está bloqueado o desactivado, desbloquéalo y vuelve a intentarlo. No se ha cambiado nada.
error-wrong-backup-passphrase = Esa contraseña no abre esta copia de seguridad. No se ha cambiado nada; vuelve a intentarlo, por favor.
error-not-a-backup = Ese archivo no es una copia de seguridad de Aftercare. No se ha cambiado nada.
error-damaged-backup = Esa copia de seguridad está dañada (puede que se cortara al copiarla). No se ha cambiado nada; puede que una copia anterior sí funcione.
error-newer-backup = Esa copia de seguridad se hizo con una versión más nueva de Aftercare. Actualiza la app para restaurarla. No se ha cambiado nada.
error-not-available = Eso no está disponible en este dispositivo ahora mismo. No se ha cambiado nada, y tu contraseña sigue abriéndolo todo.
error-unreadable-card = No se pudo leer esa tarjeta. No se ha guardado nada.
error-card-too-large = Ese archivo es más grande de lo que necesita cualquier imagen de una tarjeta. Una captura de pantalla de su tarjeta funciona bien. No se ha guardado nada.
error-card-too-many-pixels = Esa imagen tiene más píxeles de los que la app puede leer. Una captura de pantalla, o una foto más pequeña, funciona bien. No se ha guardado nada.
error-card-not-an-image = Ese archivo no es una imagen PNG ni JPEG. No se ha guardado nada.
error-card-damaged-image = No se pudo abrir esa imagen; puede que se cortara por el camino. No se ha guardado nada.
error-card-no-code = En esa imagen no hay ningún código que la app pueda leer. Funciona mejor una en la que el código cuadrado se vea entero y nítido. No se ha guardado nada.
error-card-several-codes = Esa imagen contiene más de un código. Prueba con una en la que solo aparezca su tarjeta. No se ha guardado nada.
error-card-text-too-long = Esas palabras son más largas que cualquier tarjeta. Pega solo su tarjeta. No se ha guardado nada.
error-card-not-a-card = Eso no es una tarjeta de cuidados de esta app. No se ha guardado nada.
error-card-newer-card = Esa tarjeta se hizo con una versión más nueva de Aftercare. Si actualizas la app, podrá leerla. No se ha guardado nada.
error-card-unknown-field = Esa tarjeta tiene una parte que esta versión de la app aún no conoce. Actualizar la app puede ayudar. No se ha guardado nada.
error-card-damaged-card = Una parte de esa tarjeta no se puede leer; puede que cambiara por el camino. Suele ayudar pedir que te la vuelvan a compartir. No se ha guardado nada.
error-card-empty-card = Esa tarjeta todavía no tiene nada rellenado. No se ha guardado nada.
error-card-several-cards = En esas palabras hay más de una tarjeta. Pega una cada vez. No se ha guardado nada.

## Lo que la app escribe en los archivos que deja: el README de una copia, el diario exportado.

backup_file-readme =
    Esta es una copia de seguridad hecha por Aftercare, una app privada de acompañamiento.

    manifest.json   qué es esto: el formato (aftercare-backup), su versión, cuándo se hizo
                    y cuántos registros de cada tipo contiene.
    records/*.json  cada registro en JSON (momentos, cuidados, registros, entradas del diario,
                    recordatorios, mi gente, mis propios cuidados, la tarjeta de cuidados, las
                    tarjetas recibidas, los ajustes). Las horas están en UTC (RFC 3339).
    journal/*.md    cada entrada del diario como archivo Markdown, para leerla en cualquier
                    editor de texto.

    La app restaura a partir de los archivos JSON. Guarda esta carpeta en un lugar al que solo
    tú puedas acceder: fuera del archivo de la copia no está cifrada.
backup_file-journal_title = Diario
backup_file-journal_intro = Exportado el { $date }: { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }, de la más antigua a la más reciente. Las horas están en UTC.

## keep
## Yours to keep: backup and restore, auto-delete, the journal exported (issue 16).

keep-title = Tus datos, en tus manos
keep-intro = Una copia de seguridad es un solo archivo con todo dentro, protegido con una contraseña que eliges tú. La app puede restaurarla y, si algún día lo necesitas, la herramienta gratuita age la abre sin la app.
keep-folder = Las copias de seguridad y las exportaciones se guardan en:
keep-backup_title = Hacer una copia de seguridad
keep-passphrase = Contraseña del archivo
keep-passphrase_again = Repite la contraseña
keep-passphrase_tip = Puede ser distinta de la contraseña de la app. Nadie puede abrir el archivo sin ella, ni siquiera por nuestra parte, así que guárdala en un lugar seguro.
keep-back_up = Hacer la copia ahora
keep-backing_up = Haciendo la copia… { $done } de { $total }
keep-backed_up = Guardada y comprobada: { $records ->
        [one] { $records } elemento
       *[other] { $records } elementos
    } en { $path }
keep-restore_title = Restaurar desde una copia de seguridad
keep-restore_text = Todo lo que hay en la copia se añade a lo que ya hay aquí. Lo que ya está aquí se queda, y nada se añade dos veces.
keep-restore_found = Copias encontradas
keep-restore_none = No hay ninguna en esa carpeta
keep-restore_path = O la ruta completa de una copia guardada en otro sitio
keep-restore_passphrase = La contraseña de la copia
keep-restore = Restaurar
keep-restoring = Restaurando… { $done } de { $total }
keep-restored = Restaurada: { $added ->
        [one] { $added } añadido
       *[other] { $added } añadidos
    }, { $already ->
        [one] { $already } ya estaba aquí
       *[other] { $already } ya estaban aquí
    }.
keep-restored_invalid = { $invalid ->
        [one] { $invalid } no se pudo usar y se dejó fuera.
       *[other] { $invalid } no se pudieron usar y se dejaron fuera.
    }
keep-auto_delete_title = Borrado automático
keep-auto_delete_text = Conserva solo lo que quieras conservar. Lo más antiguo se borra para siempre al desbloquear la app y una vez al día mientras está abierta. La antigüedad nunca se cuenta más allá de lo último que guardaste, así que un reloj mal puesto no puede borrar nada reciente. Está desactivado a menos que lo actives.
keep-auto_delete_moments = Borrar los momentos (con sus cuidados y registros) de más de
keep-auto_delete_check_ins = Borrar los registros de más de
keep-auto_delete_journal = Borrar las entradas del diario de más de
keep-auto_delete_their_cards = Borrar las tarjetas recibidas (las que otras personas compartieron contigo) añadidas hace más de
keep-keep_all = Nunca
keep-older_month = Un mes
keep-older_three_months = 3 meses
keep-older_year = Un año
keep-would_go = Con estas opciones, ahora se borrarían { $moments ->
        [one] { $moments } momento
       *[other] { $moments } momentos
    }, { $check_ins ->
        [one] { $check_ins } registro
       *[other] { $check_ins } registros
    }, { $journal ->
        [one] { $journal } entrada del diario
       *[other] { $journal } entradas del diario
    } y { $their_cards ->
        [one] { $their_cards } tarjeta recibida
       *[other] { $their_cards } tarjetas recibidas
    }.
keep-auto_delete_save = Guardar el borrado automático
keep-auto_delete_saved = Guardado. Elementos borrados ahora: { $total }.
keep-auto_delete_confirm = Al activarlo se borra para siempre lo que ya es más antiguo: { $total } en total, ahora mismo. Después, las cosas se irán borrando a medida que alcancen esa antigüedad. ¿Activarlo?
keep-auto_delete_yes = Sí, activarlo
keep-auto_delete_no = Ahora no
keep-auto_delete_unchanged = No se ha cambiado ni borrado nada.
keep-offer_text = Tu copia de seguridad también incluía sus propias opciones de bloqueo y borrado. Este dispositivo mantiene las suyas; si quieres, puedes cambiar a las de la copia:
keep-offer_auto_lock = Bloquear tras { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } sin uso
keep-offer_discreet_on = Un nombre neutro en la ventana y en la bandeja del sistema
keep-offer_discreet_off = El nombre propio de la app en la ventana y en la bandeja del sistema
keep-offer_protect_on = La ventana, fuera de las capturas de pantalla y de la pantalla compartida
keep-offer_protect_off = Capturas de pantalla y pantalla compartida permitidas
keep-offer_auto_delete = Borrado automático de momentos: { $moments }. Registros: { $check_ins }. Entradas del diario: { $journal }. Tarjetas recibidas: { $their_cards }.
keep-offer_use = Usar las opciones de la copia
keep-offer_keep = Mantener las de este dispositivo
keep-offer_taken = Hecho: este dispositivo usa ahora las opciones de la copia.
keep-offer_left = Este dispositivo mantiene sus propias opciones.
keep-export_passcode = Tu contraseña, para confirmar que eres tú
keep-export_title = Exportar el diario
keep-export_text = Tu diario en un solo archivo Markdown, protegido con una contraseña (la herramienta age lo abre).
keep-export_plain = Guardarlo sin cifrar
keep-export_plain_warning = Sin contraseña, cualquiera que consiga este archivo podrá leer tu diario: otras apps, cualquier persona que use este dispositivo, un servicio en la nube con el que se sincronice. Se queda incluso después de «Borrar todo».
keep-export = Exportar el diario
keep-exported = Guardado: { $path }
keep-first_run_restore = Restaurar desde una copia de seguridad
keep-first_run_text = Elige arriba una contraseña para este dispositivo; tu copia se restaurará justo después.
keep-first_run_failed = Tu contraseña está lista, pero la copia todavía no se ha podido restaurar. Puedes volver a intentarlo aquí.

## calm
## "Need a moment?": the calm space, open to everyone, locked or not (issue 13 §1).

calm-home_link = ¿Necesitas un momento?
calm-title = ¿Necesitas un momento?
calm-intro = Estás aquí, y por ahora eso basta. Toma lo que te ayude; sáltate lo que no.
calm-breathe_title = Respira despacio
calm-breathe_hint = Deja que el círculo te guíe: inspira mientras crece y suelta el aire mientras se hace más pequeño.
calm-breathe_step_in = Inspira por la nariz o la boca mientras cuentas hasta cuatro.
calm-breathe_step_out = Suelta el aire despacio mientras cuentas hasta seis.
calm-breathe_step_repeat = Hazlo cinco o seis veces, o el tiempo que te siente bien.
calm-breathe_stop = Parar
calm-breathe_stop_label = Parar el círculo de respiración
calm-breathe_start = Volver a respirar con el círculo
calm-grounding = Anclaje 5-4-3-2-1
calm-settle_title = Otras formas de calmarte
calm-settle_intro = No a todo el mundo le calma la respiración. Ninguna de estas la usa.
calm-settle_feet = Apoya los pies con fuerza en el suelo, o en la cama, y siente cómo te sostiene.
calm-settle_warm = Sujeta algo caliente: una taza, una bolsa de agua caliente, tus propias manos.
calm-settle_name = Nombra los colores que ves, o los sonidos que oyes, uno a uno.
calm-settle_cool = Deja correr agua fresca por tus muñecas, o sujeta algo frío un momento.
calm-kind_words_title = Palabras amables
calm-kind_deserve = Mereces cuidados, haya pasado lo que haya pasado y sientas lo que sientas al respecto.
calm-kind_enjoyed = Nada de lo que disfrutaste, o no disfrutaste, hace que merezcas menos amabilidad.
calm-kind_feelings = Las emociones intensas después del sexo son habituales. Te atraviesan; no deciden quién eres.
calm-kind_needs = Tienes derecho a necesitar cosas, y a pedirlas.
calm-kind_friend = Trátate ahora con la misma suavidad con la que tratarías a una amistad.
calm-read_title = Cuando quieras entender
calm-people_title = Mi gente
calm-people_intro = Alguien a quien quieras poder contactar rápido: una amistad, tu pareja, una línea de ayuda de confianza. Solo tú puedes ver esta lista.
calm-people_locked = Tu gente se guarda en privado. Desbloquea para verla.
calm-people_locked_others = El resto de tu lista está protegido por tu contraseña.
calm-people_reachable = Disponible sin desbloquear
calm-people_reachable_hint = Así, cualquiera que tenga este dispositivo en la mano podrá leer su nombre y su número, sin tu contraseña. A cambio, estará aquí aunque no te veas con fuerzas para desbloquear.
calm-people_reachable_label = { $name }: disponible sin desbloquear
calm-people_copy = Copiar número
calm-people_copy_label = Copiar el número de { $name }
calm-people_copied = Número de { $name } copiado.
calm-people_copy_manual = Selecciona el número y cópialo.
calm-people_sms_body = Hola, soy yo. Estoy pasando un momento difícil. ¿Puedes llamarme o escribirme cuando puedas?
calm-people_unlock = Desbloquear
calm-people_set_up = Elige una contraseña para guardar aquí una lista.
calm-people_set_up_link = Elige una contraseña
calm-people_empty = Aún no hay nadie. Puedes añadir a alguien aquí debajo.
calm-people_call = Llamar a { $name }
calm-people_message = Escribir a { $name }
calm-people_remove = Quitar a { $name }
calm-person_name = Nombre
calm-person_number = Número de teléfono
calm-person_add = Añadir
calm-finding_help = La app no trae números de teléfono, porque los adecuados dependen de dónde vives. Si buscas «línea de ayuda emocional» o «ayuda agresión sexual» junto con tu ciudad o tu país, encontrarás servicios cerca de ti, y puedes añadirlos aquí.
calm-emergency = Si alguien está en peligro ahora mismo, tú o cualquier otra persona, llama primero al número de emergencias de tu zona.
calm-home = Volver a Inicio
calm-place_space = ¿Necesitas un momento?
calm-place_settle = Formas de calmarte
calm-place_grounding = Anclaje 5-4-3-2-1
calm-place_people = Mi gente, en «¿Necesitas un momento?»
calm-place_kind_words = Palabras amables

## reminder_banner
## A reminder that falls due while the app is open: a quiet line on the screen in use.

reminder_banner-text = Te espera una pregunta sobre cómo estás, cuando quieras.
reminder_banner-open = Responder ahora
reminder_banner-later = Ahora no

## about
## About: what the app is and where its ideas come from (reached from Settings and from Learn).

about-title = Sobre Aftercare
about-intro = Aftercare es una pequeña app privada que te acompaña en los minutos, las horas y los días después del sexo. Funciona sin internet, guarda cifrado en este dispositivo todo lo que guardas y habla con palabras escritas para ella.
about-ideas_title = De dónde vienen las ideas
about-guide = Empezó con una breve guía sobre aftercare de Alice Child, sexóloga somática y consejera sexual. Sus ideas recorren toda la app: que el cuidado después del sexo es emocional además de físico, que es para todo el mundo y no solo para el kink, que ayuda decir de antemano lo que necesitas, preguntar cómo está la otra persona con preguntas sencillas, y que los pequeños gestos construyen seguridad y confianza. Las ideas son suyas; las frases de aquí son nuestras.
about-health = Las páginas de Aprender sobre cuidar tu cuerpo y sobre buscar ayuda se basan en el tipo de información que las clínicas de salud sexual y los servicios de salud pública dan a sus pacientes: anticoncepción de emergencia, medicación tras una posible exposición al VIH, pruebas de infecciones, infecciones urinarias y cuándo buscar ayuda.
about-drop = Lo que la app dice sobre el drop, el bajón que puede llegar uno o dos días después, viene de lo que las comunidades kink han aprendido y compartido entre sí.
about-grounding = El ejercicio 5-4-3-2-1 es una técnica de anclaje muy extendida en terapia y en los servicios de atención en crisis.
about-trauma = El espacio de calma y las respuestas a las emociones difíciles se revisaron según los seis principios de la atención informada en trauma que establece SAMHSA, la agencia de Estados Unidos para los servicios de salud mental: seguridad; confianza y transparencia; apoyo entre iguales; colaboración; voz y capacidad de elección; y respeto por la cultura, la historia y el género.
about-not_advice = Nada de esto es consejo médico ni terapéutico. Si algo te preocupa, una clínica, tu centro de salud o un servicio de orientación psicológica pueden ayudarte.
about-software_title = Con qué está hecha
about-software = Software libre y de código abierto: entre otros, Tauri para la ventana de la app y SQLCipher para el almacenamiento cifrado, cada uno con su propia licencia, y la fuente DejaVu Sans para la imagen de la tarjeta.
