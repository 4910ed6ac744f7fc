package io.switchboard.console.signin;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Server, user, password and a sign-in button, bound to a {@link SignInViewModel}. */
public final class SignInView extends VBox {

    public SignInView(SignInViewModel model) {
        setId("sign-in");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setPadding(new Insets(40));

        Label title = new Label("Switchboard admin console");
        title.getStyleClass().add("title");

        TextField server = new TextField();
        server.setId("server");
        server.setPromptText("http://localhost:9080");
        server.textProperty().bindBidirectional(model.serverProperty());
        TextField user = new TextField();
        user.setId("user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(e -> {
            if (model.canSignIn().get()) {
                model.signIn();
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setAlignment(Pos.CENTER);
        form.addRow(0, new Label("Server"), server);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);
        server.setPrefColumnCount(26);

        Button signIn = new Button("Sign in");
        signIn.setId("sign-in-button");
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.canSignIn().not());
        signIn.setOnAction(e -> model.signIn());

        Label message = new Label();
        message.setId("sign-in-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.textProperty().bind(model.messageProperty());

        getChildren().addAll(title, form, signIn, message);
    }
}
