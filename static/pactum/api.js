// The HTML API view's filter form: leave empty fields out of the URL (the API answers an
// empty value with a 400, as it should for scripts).
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (!form.classList || !form.classList.contains("pactum-filters")) return;
  Array.prototype.forEach.call(form.elements, function (field) {
    if (field.name && field.value === "") field.disabled = true;
  });
});
