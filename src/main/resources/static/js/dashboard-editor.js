// Drag a widget by its header onto another to put it in that one's place. The drop presses a
// move button of the editor's form, so the server reorders the widgets as it does for the arrow
// buttons, which do the same from the keyboard and without script.
(function () {
    var from = null;

    function cardOf(event) {
        return event.target.closest ? event.target.closest('#dashboard-editor .widget-editor') : null;
    }

    function clear() {
        document.querySelectorAll('.widget-editor.dragging, .widget-editor.drop-target').forEach(function (card) {
            card.classList.remove('dragging', 'drop-target');
        });
        from = null;
    }

    document.addEventListener('dragstart', function (event) {
        var card = cardOf(event);
        if (!card || !event.target.classList.contains('widget-handle')) { return; }
        from = card.dataset.index;
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', from);
        card.classList.add('dragging');
    });

    document.addEventListener('dragover', function (event) {
        var card = cardOf(event);
        if (from === null || !card) { return; }
        event.preventDefault();
        document.querySelectorAll('.widget-editor.drop-target').forEach(function (other) {
            if (other !== card) { other.classList.remove('drop-target'); }
        });
        card.classList.toggle('drop-target', card.dataset.index !== from);
    });

    document.addEventListener('drop', function (event) {
        var card = cardOf(event);
        if (from === null || !card) { return; }
        event.preventDefault();
        var to = card.dataset.index;
        if (to !== from) {
            var move = document.createElement('button');
            move.type = 'submit';
            move.name = 'op';
            move.value = 'move:' + from + ':' + to;
            move.hidden = true;
            card.closest('form').appendChild(move);
            move.click();
        }
        clear();
    });

    document.addEventListener('dragend', clear);
})();
